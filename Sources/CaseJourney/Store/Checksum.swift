/// A 64-bit checksum of bytes, fed in pieces of any size, for telling a derived file that was
/// damaged (a flipped bit, a block lost in a crash) from one as it was written. It is not a
/// defence against someone who can write the store: they could change the case files too.
struct Checksum {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private var pendingCount = 0
    private var total = 0

    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var checksum = Checksum()
        bytes.withUnsafeBytes { checksum.add($0) }
        return checksum.value
    }

    mutating func add(_ buffer: UnsafeRawBufferPointer) {
        total += buffer.count
        var index = 0
        // Whole words at a time once any bytes left over from the last piece are used up.
        while pendingCount != 0, index < buffer.count {
            take(buffer[index])
            index += 1
        }
        while index + 8 <= buffer.count {
            mix(buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        while index < buffer.count {
            take(buffer[index])
            index += 1
        }
    }

    /// One byte into the word being gathered.
    private mutating func take(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(pendingCount))
        pendingCount += 1
        if pendingCount == 8 {
            let word = pending
            pending = 0
            pendingCount = 0
            mix(word)
        }
    }

    private mutating func mix(_ word: UInt64) {
        state ^= word &* 0x9E37_79B9_7F4A_7C15
        state = (state << 31 | state >> 33) &* 0xC2B2_AE3D_27D4_EB4F
    }

    var value: UInt64 {
        var copy = self
        if copy.pendingCount > 0 {
            copy.mix(copy.pending | 0x80 << (8 * UInt64(copy.pendingCount)))
        }
        var hash = copy.state ^ UInt64(copy.total)
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ hash >> 33
    }

    /// As 16 hexadecimal digits.
    static func text(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
