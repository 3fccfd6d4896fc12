/// Help text every script command shares.
enum ScriptHelp {
    static let exitStatuses = """
        Output: a table; --json prints one JSON document with the API's field names, --jsonl one object a line. \
        Lists show one page and say the next page's --bookmark on standard error; --all follows every page.

        Exit status: 0 done; 1 the API answered with an error (its message and Pinterest's code on standard error); \
        2 a usage error (nothing was sent); 3 not signed in, token refused or lacking a scope; 4 still rate limited \
        after retries.
        """
}
