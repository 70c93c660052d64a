/// A team's settings, kept in `<store>/.casejourney/settings.json`.
public struct StoreSettings: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1
    public var schemaVersion: Int = StoreSettings.currentSchemaVersion

    public init() {}
}
