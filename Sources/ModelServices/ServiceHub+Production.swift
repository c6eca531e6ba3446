public import Production

extension ServiceHub {
    /// The generators the production graph uses instead of the built-in ones: the configured
    /// image, clip and speech services (each nil when not configured).
    /// - Throws: `ModelServicesError` `.missingKey` when a key's environment variable is empty.
    public func modelGenerators() throws(ModelServicesError) -> ModelGenerators {
        let voice = try self.voice().map { synthesizer in
            ModelVoice(generator: synthesizer.generator) { request in
                let line = try await synthesizer.speak(request)
                return (line.speech, line.usage)
            }
        }
        return ModelGenerators(images: try imageGenerator(), clips: try clipGenerator(), voice: voice)
    }

    /// Attaches the model services of `project`'s `cliff.yaml` to it; returns the hub, or nil
    /// when `services:` configures none (the project keeps the built-in generators).
    /// - Throws: `ModelServicesError` (`.invalidConfiguration` listing every problem, `.missingKey`).
    public static func attach(to project: inout ProductionProject) throws(ModelServicesError) -> ServiceHub? {
        let settings = try ServiceSettings.load(projectRoot: project.root)
        guard !settings.configured.isEmpty else { return nil }
        let hub = ServiceHub(settings: settings, projectRoot: project.root)
        project.models = try hub.modelGenerators()
        return hub
    }
}
