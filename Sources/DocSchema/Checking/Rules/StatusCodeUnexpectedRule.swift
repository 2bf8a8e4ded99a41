/// `status-code-unexpected`: a create example that does not answer 201, or an update that does not answer 200 or 204.
struct StatusCodeUnexpectedRule: CheckRule {
    let id = RuleID.statusCodeUnexpected
    let summary = "A create example's response is not 201 Created, or an update example's is not 200 OK or 204 No Content (202 Accepted is allowed for both)."
    let explanation = """
        By HTTP convention, and in every Graph API that follows it, creating an entity (POST to a \
        collection) answers 201 Created and updating one (PATCH or PUT) answers 200 OK or 204 No \
        Content; either may answer 202 Accepted when the work goes on after the response. Only \
        create and update pages are checked, and only the responses to their POST, PATCH or PUT \
        requests to Graph; a POST to `…/$ref`, which adds a reference, is not a create, and error \
        examples (4xx, 5xx) and blocks annotated "ignored" are left alone.
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for page in context.pages where page.kind == .apiOperation {
            let expected: Set<Int>
            let methods: Set<String>
            switch page.operation {
            case .create: (expected, methods) = ([201, 202], ["POST"])
            case .update: (expected, methods) = ([200, 202, 204], ["PATCH", "PUT"])
            default: continue
            }
            var lastMethod: String?
            for example in page.examples {
                switch example.role {
                case .request:
                    // POST …/$ref adds a reference to an existing object; it creates nothing.
                    let addsReference = example.url?.split(separator: "?").first?.hasSuffix("/$ref") == true
                    lastMethod = addsReference || !Self.isGraphRequest(example) ? nil : example.method?.uppercased()
                case .response:
                    // Error examples ("if the body is malformed, …") and ignored blocks show other outcomes on purpose.
                    guard let method = lastMethod, methods.contains(method), let code = example.statusCode,
                          !expected.contains(code), code < 400, example.annotation?.blockType != "ignored"
                    else { continue }
                    let wanted = expected.sorted().map(String.init).joined(separator: " or ")
                    findings.append(Diagnostic(
                        id, "this \(page.operation?.rawValue ?? "") example answers \(code), not \(wanted)",
                        at: example.position.in(page.file)))
                default:
                    break
                }
            }
        }
        return findings
    }

    /// Whether a request goes to Microsoft Graph: a Graph URL or a bare path. Some pages show
    /// the calls Graph makes to a partner's own service, which follow other conventions.
    private static func isGraphRequest(_ example: Example) -> Bool {
        guard let url = example.url?.lowercased(), url.hasPrefix("http") else { return true }
        return url.containsBytes("graph.microsoft")
    }
}
