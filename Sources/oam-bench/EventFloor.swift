import CYAML
import OAMRegistry
import YAMLReader

/// The floor a loader is measured against: read each file and pull every libyaml event out
/// of it, nothing else (no tree, no strings, one thread).
enum EventFloor {
    /// Events in all `paths` together, and their bytes.
    static func run(_ paths: [String]) -> (events: Int, bytes: Int) {
        var events = 0
        var bytes = 0
        for path in paths {
            let data = (try? FileReader.read(path, maxBytes: YAMLLimits.default.maxBytes)) ?? []
            bytes += data.count
            events += eventCount(data)
        }
        return (events, bytes)
    }

    /// Counts libyaml events in `bytes`, stopping at the stream end or the first error.
    static func eventCount(_ bytes: [UInt8]) -> Int {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            parser.deallocate()
            event.deallocate()
        }
        guard yaml_parser_initialize(parser) == 1 else { return 0 }
        defer { yaml_parser_delete(parser) }
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            while yaml_parser_parse(parser, event) == 1 {
                let done = event.pointee.type == YAML_STREAM_END_EVENT
                yaml_event_delete(event)
                count += 1
                if done { break }
            }
        }
        return count
    }
}
