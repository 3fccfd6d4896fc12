import ArgumentParser

/// How a script command prints what it got: a table by default, or JSON with the API's field names.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print one JSON document, with the API's field names (a list as {\"items\": [...], \"bookmark\": ...}).")
    var json = false

    @Flag(help: "Print one JSON object a line, each page as it arrives.")
    var jsonl = false

    func validate() throws {
        if json && jsonl { throw ValidationError("--json and --jsonl cannot be combined.") }
    }

    var format: OutputFormat {
        if json { return .json }
        if jsonl { return .jsonLines }
        return .table(width: StandardOutput.terminalWidth)
    }
}

enum OutputFormat {
    /// Aligned columns; on a terminal (`width` known) long cells are cut to fit.
    case table(width: Int?)
    case json
    case jsonLines
}
