/// The built-in rule sets, as YAML in the format of `governance/policy.yaml`'s `rules:`, in
/// `Sources/Governance/Policy/BuiltInRules/` (embedded in the binary at build time by the
/// EmbedData plugin, so no resource has to be found at run time).
///
/// Both sets always run, whatever the series' language: a Chinese name in an English script is
/// still found. Terms are matched after normalisation (`TextNormalizer`), so one spelling
/// covers case, width, spacing, punctuation inside words and lookalike letters; pinyin
/// spellings of Chinese terms are listed beside them.
enum BuiltInPolicyRules {
    /// English rules (`BuiltInRules/en.yaml`).
    static let english = text("en.yaml")

    /// Chinese rules, with pinyin spellings (`BuiltInRules/zh.yaml`).
    static let chinese = text("zh.yaml")

    /// An embedded rules file; a missing one is a broken build.
    private static func text(_ name: String) -> String {
        guard let text = EmbeddedData.files["Policy/BuiltInRules/\(name)"] else {
            preconditionFailure("Policy/BuiltInRules/\(name) is not embedded in this build; the EmbedData plugin embeds every .yaml file under Sources/Governance")
        }
        return text
    }
}
