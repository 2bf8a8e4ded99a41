import Foundation
import PackagePlugin

/// Generates Swift models at build time from the documentation pages (`*.md`) in a target.
///
/// An optional `docschema.json` beside the pages sets the options of `docschema generate`:
///
///     { "apiVersion": "v1.0", "accessLevel": "internal", "defaultVersion": "v1.0" }
///
/// The models go into one file, because a build command must name its outputs before it
/// runs, and the set of types is known only once the pages are read.
@main
struct DocSchemaPlugin: BuildToolPlugin {
    struct Configuration: Decodable {
        var apiVersion: String?
        var accessLevel: String?
        var defaultVersion: String?
    }

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let pages = target.sourceFiles(withSuffix: "md").map(\.url).sorted { $0.path < $1.path }
        guard !pages.isEmpty else {
            Diagnostics.warning("DocSchemaPlugin: target \(target.name) has no *.md pages to generate models from")
            return []
        }
        let configURL = target.directoryURL.appending(path: "docschema.json")
        var arguments = ["generate"] + pages.map(\.path)
        var inputs = pages
        if FileManager.default.fileExists(atPath: configURL.path) {
            inputs.append(configURL)
            let configuration: Configuration
            do {
                configuration = try JSONDecoder().decode(Configuration.self, from: Data(contentsOf: configURL))
            } catch {
                throw PluginError("\(configURL.path): not a valid configuration: \(error)")
            }
            if let value = configuration.apiVersion { arguments += ["--api-version", value] }
            if let value = configuration.accessLevel { arguments += ["--access-level", value] }
            if let value = configuration.defaultVersion { arguments += ["--default-version", value] }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(target.name)+DocSchema.swift")
        arguments += ["-o", output.path, "--source-root", target.directoryURL.path, "--quiet", "--fail-on", "never"]
        return [
            .buildCommand(
                displayName: "Generating models for \(target.name) from \(pages.count) pages",
                executable: try context.tool(named: "docschema").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
