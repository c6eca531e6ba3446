import DramaModel
import Testing

@testable import Visuals

@Suite struct SceneKindTests {
    func kind(_ id: String, _ name: String, _ description: String = "", genre: Genre = .romance, setting: Location.Setting = .interior) -> SceneKind {
        SceneKind(location: Location(id: id, name: name, setting: setting, description: description), genre: genre)
    }

    @Test func locationKeywordsMapToDistinctKinds() {
        let cases: [(SceneKind, SceneKind)] = [
            (kind("ceo-office", "HALE GROUP TOWER - CEO OFFICE"), .office),
            (kind("mansion-dining", "HALE FAMILY MANSION - DINING ROOM"), .diningRoom),
            (kind("mansion-garden", "HALE FAMILY MANSION - ROSE GARDEN", setting: .exterior), .garden),
            (kind("rainy-street", "STREET OUTSIDE HALE GROUP TOWER", setting: .exterior), .street),
            (kind("hospital", "CITY HOSPITAL - CORRIDOR"), .hospital),
            (kind("throne-hall", "FORBIDDEN PALACE - HALL OF HEAVENLY PURITY", genre: .palace), .throneHall),
            (kind("cold-palace", "FORBIDDEN PALACE - THE COLD PALACE", genre: .palace), .coldPalace),
            (kind("car-park", "HALE GROUP TOWER - UNDERGROUND CAR PARK"), .carPark),
            (kind("airport", "AIRPORT - DEPARTURE HALL"), .airport),
            (kind("registry", "MARRIAGE REGISTRY OFFICE"), .registry),
            (kind("rented-room", "RENTED ROOM IN THE OLD TOWN"), .rentedRoom),
            (kind("gala", "GRAND HOTEL BALLROOM - CHARITY GALA"), .banquet),
            (kind("rooftop", "HALE GROUP TOWER - ROOFTOP", setting: .exterior), .rooftop),
            (kind("courtroom", "CITY COURTROOM", genre: .revenge), .courtroom),
            (kind("interrogation", "CITY POLICE STATION - INTERROGATION ROOM", genre: .suspense), .policeStation),
            (kind("penthouse-bedroom", "PENTHOUSE - MASTER BEDROOM"), .bedroom),
        ]
        for (found, expected) in cases { #expect(found == expected) }
        #expect(Set(cases.map(\.1)).count == cases.count)
    }

    @Test func chineseNamesMapToo() {
        #expect(kind("place-1", "顾氏集团 总裁办公室") == .office)
        #expect(kind("place-2", "民政局 婚姻登记处") == .registry)
        #expect(kind("place-3", "江家老宅 餐厅") == .diningRoom)
        #expect(kind("place-4", "江氏集团楼下 雨夜街头", setting: .exterior) == .street)
        #expect(kind("place-5", "市中心医院 走廊") == .hospital)
        #expect(kind("place-6", "紫禁城 冷宫", genre: .palace) == .coldPalace)
        #expect(kind("place-7", "紫禁城 乾清宫", genre: .palace) == .throneHall)
        #expect(kind("place-8", "机场 出发大厅") == .airport)
        #expect(kind("place-9", "老城区 出租屋") == .rentedRoom)
        #expect(kind("place-10", "街角咖啡店") == .cafe)
        #expect(kind("place-11", "市公安局 审讯室", genre: .suspense) == .policeStation)
        #expect(kind("place-12", "御花园 荷花池", genre: .palace, setting: .exterior) == .palaceGarden)
    }

    @Test func descriptionAndGenreDecideWhenTheNameSaysNothing() {
        #expect(kind("place-1", "THE SECRET PLACE", "Chandeliers and a champagne tower: the charity gala.") == .banquet)
        #expect(kind("place-2", "NOWHERE IN PARTICULAR", genre: .palace) == .palaceChamber)
        #expect(kind("place-3", "NOWHERE IN PARTICULAR", genre: .palace, setting: .exterior) == .palaceLane)
        #expect(kind("place-4", "NOWHERE IN PARTICULAR", genre: .romance) == .livingRoom)
        // A palace's kitchen is the palace's, not a modern one.
        #expect(kind("kitchen", "IMPERIAL KITCHEN", genre: .palace) == .palaceChamber)
        #expect(kind("kitchen", "PENTHOUSE - KITCHEN") == .kitchen)
    }

    @Test func everyKindPaintsADifferentPicture() throws {
        var pictures: [SceneKind: [UInt8]] = [:]
        for kind in SceneKind.allCases {
            let canvas = try Canvas(width: 45, height: 80)
            canvas.layer {
                canvas.scale(45, 45)
                ScenePainter(kind: kind, lighting: .day, genre: .romance, seed: 7, aspect: 80.0 / 45.0).paint(on: canvas)
            }
            pictures[kind] = try canvas.raster().pixels
        }
        #expect(Set(pictures.values).count == SceneKind.allCases.count)
    }
}
