import Foundation
import ModelServices
import Production

/// Attaches the model services of `cliff.yaml` (`services:`) to the production line: pictures,
/// clips and voices as graph nodes, and the writer for `cliff write`.
enum ModelServiceWiring {
    /// Attaches the project's services (`services:` in `cliff.yaml`) to it; nil when none.
    /// - Throws: `ModelServicesError` listing every problem of the `services` section, or a missing key.
    static func attach(to project: inout ProductionProject) throws -> ServiceHub? {
        try ServiceHub.attach(to: &project)
    }
}
