import Synchronization
import Visuals

/// Decoded backgrounds shared by the shots one process renders: a place is decoded once, not
/// once per shot. Keyed by the background node's key (which fixes its bytes); holds the few
/// most recently used.
final class BackgroundCache: Sendable {
    /// The process-wide cache.
    static let shared = BackgroundCache(capacity: 6)

    private let capacity: Int
    /// Most recently used last (guarded by the mutex).
    private let entries = Mutex<[(key: NodeKey, raster: Raster)]>([])

    init(capacity: Int) { self.capacity = capacity }

    /// The raster for `key`, decoding it with `decode` when it is not cached.
    func raster(for key: NodeKey, decode: () throws -> Raster) throws -> Raster {
        if let hit = entries.withLock({ list -> Raster? in
            guard let index = list.firstIndex(where: { $0.key == key }) else { return nil }
            let entry = list.remove(at: index)
            list.append(entry)
            return entry.raster
        }) {
            return hit
        }
        let raster = try decode()
        entries.withLock { list in
            list.removeAll { $0.key == key }
            list.append((key, raster))
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
        return raster
    }
}
