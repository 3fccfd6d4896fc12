import Foundation

/// Opens an address in the local browser when there is a display to show one (`xdg-open`), and does
/// nothing otherwise: the address is printed either way, so failing here costs nothing.
enum BrowserOpener {
    static func open(_ url: URL, environment: [String: String]) {
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil else { return }
        let opener = Process()
        opener.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        opener.arguments = ["xdg-open", url.absoluteString]
        opener.standardOutput = FileHandle.nullDevice
        opener.standardError = FileHandle.nullDevice
        try? opener.run()
    }
}
