import ArgumentParser
import DocSchema
import Foundation

@main
struct DocSchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docschema",
        abstract: "Extract a schema, generate Swift models, check and diff Microsoft Graph-style documentation pages.",
        discussion: """
            DocSchema reads markdown reference pages (front matter, property tables, "Possible values" \
            prose, JSON examples and ApiDoctor annotations), in English or localized, and turns them \
            into a schema.

            Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input failure.
            """,
        version: "0.1.0",
        subcommands: [ExtractCommand.self, GenerateCommand.self, CheckCommand.self, DiffCommand.self],
        defaultSubcommand: ExtractCommand.self
    )

    /// Runs the command; a usage error exits with 2, as design.md §7 says, not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
