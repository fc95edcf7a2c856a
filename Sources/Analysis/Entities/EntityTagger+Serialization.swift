import Foundation

extension EntityTagger {
    static let magic: [UInt8] = Array("KNER".utf8)
    static let formatVersion: UInt32 = 2

    /// The model in Khabar's binary format: `KNER`, format version, JSON metadata, the
    /// gazetteer as text, then per pass the quantisation scale, transitions, the feature
    /// keys (ascending UInt64) and their Int16 weights — all little-endian. Equal models give
    /// equal bytes.
    public func serialized() -> Data {
        var out = Data()
        out.append(contentsOf: Self.magic)
        append(Self.formatVersion, to: &out)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let meta = (try? encoder.encode(metadata)) ?? Data()
        append(UInt32(meta.count), to: &out)
        out.append(meta)
        let gaz = Data(gazetteer.text.utf8)
        append(UInt32(gaz.count), to: &out)
        out.append(gaz)
        append(UInt32(EntityTag.count), to: &out)
        append(UInt32(stages.count), to: &out)
        for stage in stages {
            append(stage.scale.bitPattern, to: &out)
            for t in stage.transitions { append(UInt16(bitPattern: t), to: &out) }
            append(UInt32(stage.keys.count), to: &out)
            for k in stage.keys { append(k, to: &out) }
            for w in stage.weights { append(UInt16(bitPattern: w), to: &out) }
        }
        return out
    }

    /// Writes `serialized()` to a file.
    public func write(to url: URL) throws {
        try serialized().write(to: url, options: .atomic)
    }

    /// Reads a model written by `serialized()`.
    /// - Throws: `EntityTaggerError.badModel` when the data is not a model of this format.
    public init(serialized data: Data) throws(EntityTaggerError) {
        var reader = _ByteReader(bytes: [UInt8](data))
        guard reader.take(4) == Self.magic else { throw .badModel(reason: "no KNER header") }
        guard try reader.uint32() == Self.formatVersion else { throw .badModel(reason: "unknown format version") }
        let metaBytes = try reader.bytes(Int(reader.uint32()))
        guard let metadata = try? JSONDecoder().decode(Metadata.self, from: Data(metaBytes)) else {
            throw .badModel(reason: "metadata")
        }
        let gazBytes = try reader.bytes(Int(reader.uint32()))
        guard let gazText = String(bytes: gazBytes, encoding: .utf8) else { throw .badModel(reason: "gazetteer encoding") }
        let gazetteer = try Gazetteer(text: gazText)
        guard try reader.uint32() == UInt32(EntityTag.count) else { throw .badModel(reason: "tag count") }
        let stageCount = Int(try reader.uint32())
        guard (1...2).contains(stageCount) else { throw .badModel(reason: "stage count") }
        var stages: [PerceptronStage] = []
        for _ in 0..<stageCount {
            let scale = Float(bitPattern: try reader.uint32())
            var transitions: [Int16] = []
            for _ in 0..<((EntityTag.count + 1) * EntityTag.count) { transitions.append(Int16(bitPattern: try reader.uint16())) }
            let n = Int(try reader.uint32())
            guard reader.remaining >= n * (8 + 2 * EntityTag.count) else { throw .badModel(reason: "truncated weights") }
            var keys = [UInt64](repeating: 0, count: n)
            for i in 0..<n { keys[i] = try reader.uint64() }
            var weights = [Int16](repeating: 0, count: n * EntityTag.count)
            for i in 0..<weights.count { weights[i] = Int16(bitPattern: try reader.uint16()) }
            stages.append(PerceptronStage(keys: keys, weights: weights, transitions: transitions, scale: scale))
        }
        guard reader.remaining == 0 else { throw .badModel(reason: "trailing bytes") }
        self.init(metadata: metadata, gazetteer: gazetteer, stages: stages)
    }

    /// Reads a model file.
    /// - Throws: Foundation's error when the file cannot be read; `EntityTaggerError.badModel`.
    public init(contentsOf url: URL) throws {
        try self.init(serialized: Data(contentsOf: url))
    }

    private func append<I: FixedWidthInteger>(_ value: I, to out: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
}

/// Reads little-endian integers from bytes, throwing at the end of data.
struct _ByteReader {
    let bytes: [UInt8]
    var offset = 0

    var remaining: Int { bytes.count - offset }

    mutating func take(_ n: Int) -> [UInt8] {
        guard n <= remaining else { return [] }
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }

    mutating func bytes(_ n: Int) throws(EntityTaggerError) -> [UInt8] {
        guard n >= 0, n <= remaining else { throw .badModel(reason: "truncated") }
        return take(n)
    }

    mutating func integer<I: FixedWidthInteger>(_: I.Type) throws(EntityTaggerError) -> I {
        let size = MemoryLayout<I>.size
        guard size <= remaining else { throw .badModel(reason: "truncated") }
        var v: I = 0
        for i in 0..<size { v |= I(bytes[offset + i]) << (8 * i) }
        offset += size
        return v
    }

    mutating func uint16() throws(EntityTaggerError) -> UInt16 { try integer(UInt16.self) }
    mutating func uint32() throws(EntityTaggerError) -> UInt32 { try integer(UInt32.self) }
    mutating func uint64() throws(EntityTaggerError) -> UInt64 { try integer(UInt64.self) }
}
