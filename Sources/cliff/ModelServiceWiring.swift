import DramaModel
import Foundation
import ModelServices
import Production
import SQLiteStore
import StoryEngine

/// Attaches the model services of `cliff.yaml` (`services:`) to the production line: pictures,
/// clips and voices as graph nodes, the writer for `cliff write`, and the writer's tokens in the
/// ledger.
enum ModelServiceWiring {
    /// The project's services, or nil when `cliff.yaml` configures none.
    /// - Throws: `CLIError` listing every problem of the `services` section.
    static func hub(for project: ProductionProject) throws -> ServiceHub? {
        let settings: ServiceSettings
        do {
            settings = try ServiceSettings.load(projectRoot: project.root)
        } catch {
            throw CLIError(message: error.message)
        }
        return settings.configured.isEmpty ? nil : ServiceHub(settings: settings, projectRoot: project.root)
    }

    /// The generators the graph uses instead of the built-in ones.
    static func generators(_ hub: ServiceHub) throws -> ModelGenerators {
        do {
            let voice = try hub.voice().map { synthesizer in
                ModelVoice(generator: synthesizer.generator) { request in
                    let line = try await synthesizer.speak(request)
                    return (line.speech, line.usage)
                }
            }
            return ModelGenerators(images: try hub.imageGenerator(), clips: try hub.clipGenerator(), voice: voice)
        } catch {
            throw CLIError(message: error.message)
        }
    }

    /// Records what a model writer consumed in the project's ledger, priced by `cliff.yaml`.
    static func recordWriterUsage(_ usage: Usage, generator: GeneratorID, episodes: [Int], project: ProductionProject) async throws {
        guard !usage.isEmpty else { return }
        let store = try SQLiteJobStore(path: project.databaseURL.path)
        let key = NodeKey(generator: generator, parameters: CanonicalJSON.encode(episodes), inputs: [])
        let prices = PriceBook(project.settings.prices)
        var entries: [LedgerEntry] = []
        for (unit, quantity) in usage.quantities.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where quantity > 0 {
            let cost: Money
            do {
                cost = try prices.cost(quantity, unit, generator: generator)
            } catch {
                throw CLIError(message: error.message)
            }
            entries.append(LedgerEntry(
                node: key, episode: nil, step: "write", generator: generator.id, unit: unit, quantity: quantity, cost: cost,
                succeeded: true, attempt: 1, owner: "cliff write", at: Date()))
        }
        try await store.recordUsage(entries)
    }
}
