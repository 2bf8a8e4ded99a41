import ArgumentParser
import DocSchema

@main
struct DocSchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docschema",
        abstract: "Extract an API schema from Microsoft Graph-style documentation pages.",
        discussion: """
            DocSchema reads markdown reference pages (front matter, property tables, "Possible values" \
            prose, JSON examples and ApiDoctor annotations), in English or localized, and turns them \
            into a schema.

            Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input failure.
            """,
        version: "0.1.0",
        subcommands: [ExtractCommand.self, GenerateCommand.self],
        defaultSubcommand: ExtractCommand.self
    )
}
