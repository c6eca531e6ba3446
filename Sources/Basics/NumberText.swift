/// Whole numbers as people read them in tables and pages.
public enum NumberText {
    /// `1,234,567`: thousands grouped with commas (the studio's and the CLI's English figures).
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + String(out.reversed())
    }
}
