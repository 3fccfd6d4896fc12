/// A problem in a keymap file: unknown context, action or key, impossible key, or conflict.
public typealias KeymapDiagnostic = FileDiagnostic
