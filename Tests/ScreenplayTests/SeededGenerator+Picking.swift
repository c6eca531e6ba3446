import TestSupport

extension SeededGenerator {
    /// A value in `0..<bound` (the Swift standard library's algorithms are not specified to
    /// be stable across releases, so this one is spelled out).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func pick<T>(_ values: [T]) -> T {
        values[below(values.count)]
    }
}
