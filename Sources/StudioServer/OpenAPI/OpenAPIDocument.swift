import Studio
/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.yaml`. A test checks
/// that every route the server registers is described here and the other way round.
enum OpenAPIDocument {
    /// The document: `Sources/Studio/Assets/openapi.yaml`.
    static let yaml = WebAssets.text("openapi.yaml")
}
