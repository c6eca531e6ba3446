import Foundation
package import DramaModel

/// Turns a shot's camera move into an ffmpeg filter that crops (and, for zooms, scales) the
/// overscanned stills down to the output frame, frame by frame.
///
/// Static shots, drifts and shakes only move a crop window (cheap); push-ins, pull-outs and
/// snap zooms use `zoompan`, which resamples each frame.
package struct CameraPath: Sendable, Hashable {
    /// The move.
    package var move: CameraMove
    /// Frames in the shot.
    package var frames: Int
    /// Where the move aims, as fractions of the frame (faces sit above the middle).
    static let focus = (x: 0.5, y: 0.4)

    /// A path for `move` over `frames` frames.
    package init(move: CameraMove, frames: Int) {
        self.move = move
        self.frames = max(frames, 1)
    }

    /// The filter taking `inputWidth`×`inputHeight` stills to the preset's output size.
    package func filter(inputWidth: Int, inputHeight: Int, preset: RenderPreset) -> String {
        let w = preset.width, h = preset.height
        let marginX = inputWidth - w, marginY = inputHeight - h
        let n = Double(frames)
        let base = Double(inputWidth) / Double(w)  // zoom at which the crop equals a still shot
        func zoompan(_ zoom: String) -> String {
            "zoompan=z='\(zoom)':d=1:x='(iw-iw/zoom)*\(Self.focus.x)':y='(ih-ih/zoom)*\(Self.focus.y)':s=\(w)x\(h):fps=\(preset.frameRate)"
        }
        switch move {
        case .still:
            return "crop=\(w):\(h):\(marginX / 2):\(Int(Double(marginY) * Self.focus.y))"
        case .drift:
            return "crop=\(w):\(h):x='\(marginX)*(0.2+0.6*n/\(frames))':y=\(Int(Double(marginY) * Self.focus.y))"
        case .shake:
            // A decaying shake: about a fortieth of the width, gone after half a second.
            let amplitude = Double(min(marginX, marginY)) / 2.2
            return "crop=\(w):\(h):x='\(marginX / 2)+\(fmt(amplitude))*sin(n*2.3)*exp(-n/7)':y='\(marginY / 2)+\(fmt(amplitude * 0.8))*cos(n*1.9)*exp(-n/7)'"
        case .pushIn:
            return zoompan("\(fmt(base))*(1+0.08*on/\(fmt(n)))")
        case .pullOut:
            return zoompan("\(fmt(base))*(1.08-0.08*on/\(fmt(n)))")
        case .snapZoom:
            // Zoom 30 % in over six frames, easing out, then hold.
            return zoompan("\(fmt(base))*(1+0.3*(1-pow(1-min(on/6,1),3)))")
        }
    }

    private func fmt(_ value: Double) -> String { String(format: "%.4f", value) }
}
