import FactoryModel
import ScenarioFormat

/// Loads a fixture scenario for command tests.
enum ScenarioFormatBridge {
    static func load(_ path: String) -> Scenario? { ScenarioLoader.load(path: path).scenario }
}
