/// The limits every case and settings file is held to, whichever command reads it.
enum JSONLimits {
    /// How deeply lists and objects may nest. A case file needs six levels; anything far deeper
    /// is damage (or an attack on the reader's stack), refused with its line and column.
    static let maximumDepth = 64

    /// Said of `"visits": null` and the like: a list may be left out, but is never null.
    static let nullListMessage = "expected a list in [ ], not null (leave the field out for an empty list)"

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is.
    /// Text is never read with invalid bytes quietly replaced, or the next write would lose them.
    static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while index < count {
            // Thirty-two, then eight, ASCII bytes at a time: most of a case file is ASCII.
            if index + 32 <= count {
                let words = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
                if words & 0x8080_8080_8080_8080 == 0 {
                    index += 32
                    continue
                }
            }
            if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF { return index }
            index += length
        }
        return nil
    }

    /// Refuses bytes that are not UTF-8, naming the first bad one.
    static func requireUTF8(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONCursor.SyntaxError) {
        if let invalid = firstInvalidUTF8(in: bytes) {
            throw JSONCursor.SyntaxError(offset: invalid, message: "the bytes here are not valid UTF-8 text")
        }
    }
}

extension KeyedDecodingContainer {
    /// A list that may be left out of a hand-written file (an empty list), but is never `null`:
    /// `"visits": null` is refused, not read as "no visits".
    func decodeList<Element: Decodable>(_ type: [Element].Type, forKey key: Key) throws -> [Element] {
        guard contains(key) else { return [] }
        if try decodeNil(forKey: key) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: codingPath + [key], debugDescription: JSONLimits.nullListMessage))
        }
        return try decode(type, forKey: key)
    }
}
