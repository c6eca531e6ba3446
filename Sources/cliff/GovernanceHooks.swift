import DramaModel
import Foundation
import Governance
import Production
import StoryEngine

/// The governance steps of production commands: the gate before planning, the signed
/// provenance manifest after a render.
enum GovernanceHooks {
    /// Policy and consent over the bible and the selected scripts; stops with every finding
    /// before anything is planned, so blocked content never reaches a generator.
    static func checkBeforeGeneration(_ project: ProductionProject, episodes: [Int]?) throws {
        do {
            try ProductionCompliance.checkBeforeGeneration(project, episodes: episodes)
        } catch {
            throw CLIError(message: error.message + "\nNothing was generated. See docs/governance.md.")
        }
    }

    /// Signs the provenance of every rendered episode of `episodes` (nil: all with a script).
    static func signRendered(_ project: ProductionProject, store: any JobStore, episodes: [Int]?, deliverable: Deliverable) async throws {
        do {
            try await ProductionCompliance.signRendered(project, store: store, episodes: episodes, deliverable: deliverable)
        } catch let error as GovernanceError {
            throw CLIError(message: error.message)
        }
    }
}
