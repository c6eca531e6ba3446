import Editing
import Foundation
import Voice

/// Checks, before a run starts, that the tools its jobs need are installed, so a missing
/// ffmpeg or espeak-ng is one clear message naming what to install instead of a failure per
/// job.
package enum Preflight {
    /// One message per missing tool the plan's jobs need; empty when all is there.
    package static func problems(_ plan: ProductionPlan) -> [String] {
        var problems: [String] = []
        let steps = Set(plan.toRun.map(\.step))
        if !steps.isDisjoint(with: [ShotStep.kind, MixStep.kind, CoverStep.kind, AssembleStep.kind]) {
            do { _ = try MediaTools.locate() } catch { problems.append(error.message) }
        }
        var engines: Set<String> = []
        for node in plan.toRun where node.step == VoiceStep.kind {
            if let parameters = try? CanonicalJSON.decode(VoiceStep.Parameters.self, from: node.parameters) {
                engines.insert(parameters.voice.engine)
            }
        }
        for engine in engines.sorted() {
            do { _ = try VoiceEngines.synthesizer(for: engine) } catch let error as VoiceError {
                problems.append(error.message)
            } catch {
                problems.append("voice engine \(engine): \(error)")
            }
        }
        return problems
    }
}
