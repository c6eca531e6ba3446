import DramaModel
import Editing
import Foundation
import StoryEngine
import Testing
import Visuals

/// The opening title card is placed where no face is: in every framing the frame composer
/// can open an episode with, the title's block (two lines, the episode number and its title)
/// ends above the brows of every face it draws, at the final and the preview size.
@Suite struct TitleCardTests {
    @Test(arguments: [(1080, 1920), (540, 960)])
    func theOpeningTitleSitsAboveEveryFace(width: Int, height: Int) throws {
        let writer = BeatSheetWriter()
        let series = try writer.makeBible(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 3, seed: 5))
        let composer = FrameComposer(series: series, artist: ProceduralArtist(series: series))
        let style = ASSStyle().scaled(toWidth: width)
        let positions: [StagePosition] = [.left, .center, .right]
        let subjects = series.characters.prefix(3).enumerated().map { index, member in
            ShotSubject(character: member.id, expression: .neutral, position: positions[index], speaking: index == 0)
        }
        // The label's box ends above the title, and the title's two lines above every face.
        #expect(style.labelMarginV + style.labelFontSize * 7 / 5 <= style.titleMarginV)
        let titleBottom = Double(style.titleBottom(lines: 2))
        for framing in Framing.allCases {
            let shot = Shot(kind: framing == .wide ? .establishing : .dialogue, location: series.locations[0].id, framing: framing, subjects: subjects, duration: .seconds(2))
            let placements = try composer.placements(for: shot, width: width, height: height)
            #expect(!placements.isEmpty)
            for placement in placements {
                let brows = placement.y - 0.3 * placement.unit
                #expect(titleBottom < brows, "\(framing) at \(width)×\(height): the title reaches \(titleBottom), a face starts at \(brows)")
            }
        }
    }
}
