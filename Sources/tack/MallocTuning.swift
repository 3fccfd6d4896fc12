import Glibc

/// glibc's malloc, told to keep large blocks out of the heap.
///
/// By default glibc raises its mmap threshold each time a large block is freed, so from then on the
/// list's large arrays (hundreds of KB at 100,000 pins, made anew as pages arrive) come from the
/// heap; the holes they leave are filled by the small allocations of later pins, and the heap keeps
/// growing. With the threshold fixed (at glibc's default of 128 KiB) they are mapped on their own and
/// given back when freed: measured with scripts/bench.sh at 20,000 pins, 1.17 KB a pin instead of 1.35.
enum MallocTuning {
    /// `mallopt(M_MMAP_THRESHOLD, 128 KiB)`. `mallopt` is not in Swift's Glibc module (it is declared
    /// in malloc.h), so it is looked up by name; `M_MMAP_THRESHOLD` is -3 there.
    static func fixMmapThreshold() {
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(-3, 128 * 1024)
    }
}
