import DocSchema
import Foundation

#if DOCSCHEMA_LIBFUZZER
/// libFuzzer's entry point for programs that keep their own `main` (SwiftPM names an
/// executable's entry point itself, so libFuzzer's `main` cannot be linked in).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

/// `docschema-fuzz`: built by `make fuzz` with `-D DOCSCHEMA_LIBFUZZER` and the sanitizers,
/// it hands its arguments to libFuzzer; built normally, it replays inputs (a crash file, a
/// corpus folder) through the same harness and prints what each one yields.
@main
enum DocSchemaFuzz {
    static func main() {
        #if DOCSCHEMA_LIBFUZZER
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            _ = FuzzHarness.run(bytes)
            return 0
        })
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    private static func replay(_ arguments: [String]) {
        guard !arguments.isEmpty else {
            let usage = "usage: docschema-fuzz INPUT… (files or folders of fuzz inputs)\n"
            FileHandle.standardError.write(Data(usage.utf8))
            exit(2)
        }
        for path in inputs(arguments) {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                continue
            }
            let outcome = FuzzHarness.run([UInt8](data))
            let facts = outcome.facts
            print("\(path): \(facts.form.rawValue) \(facts.kind.rawValue) page, \(facts.properties.count) properties, "
                + "\(facts.diagnostics.count) diagnostics, \(outcome.schema.types.count) types, "
                + "\(outcome.findings) findings, \(outcome.emitted) bytes emitted")
        }
    }

    /// Files as given, folders by their files in name order.
    private static func inputs(_ arguments: [String]) -> [String] {
        arguments.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: path)
            else { return [path] }
            return names.sorted().map { path + "/" + $0 }
        }
    }
}
