/// The compliance steps every production runs: a policy and consent check before anything is
/// generated, and signed provenance for what was rendered. `Governance` implements it; the
/// production line cannot be built without one, so no caller can produce without the gate.
public protocol ComplianceGate: Sendable {
    /// Checks the bible and the scripts of `episodes` (nil: all) before generation; throws
    /// with every finding when something blocks, so blocked content never reaches a generator.
    /// `actor` names who asked (for the audit log); with `recording` false (a dry run) the
    /// decision is not recorded and no file is written.
    func checkBeforeGeneration(_ project: ProductionProject, episodes: [Int]?, actor: String, recording: Bool) throws

    /// Signs the provenance of every rendered episode of `episodes` (nil: all).
    func signRendered(_ project: ProductionProject, store: any JobStore, episodes: [Int]?, deliverable: Deliverable) async throws
}
