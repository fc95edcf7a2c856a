import CLibXML2
import Glibc

/// Parses HTML with libxml2's HTML parser and flattens it into an `HTMLTree`.
///
/// libxml2 is used through the `CLibXML2` system-library target rather than FoundationXML:
/// FoundationXML on Linux exposes only the XML parser (its `XMLDocument(…, options: .documentTidyHTML)`
/// is unavailable there), while `htmlReadMemory` is the forgiving HTML parser the web needs, and
/// going direct avoids building Foundation node objects we would throw away.
///
/// libxml2 itself stops nesting at 256 levels (deeper content is dropped, the parse goes on); the
/// flattening walk is a loop over `children`/`next`/`parent` pointers and needs no recursion.
enum HTMLDocumentParser {
    /// The result of a parse.
    struct Parsed: Sendable {
        var tree: HTMLTree
        var metadata: RawMetadata
        /// True when the document reached libxml2's nesting limit.
        var hitDepthLimit: Bool
    }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` in `encoding` (an iconv name; "UTF-8" for already decoded pages).
    static func parse(_ bytes: [UInt8], encoding: String) throws(ExtractionError) -> Parsed {
        _ = initialized
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                    htmlReadMemory(p, Int32(buf.count), nil, encoding, options)
                }
            }
        }
        guard let doc else { throw .unparsableHTML }
        defer { xmlFreeDoc(doc) }
        return flatten(doc)
    }

    private static func flatten(_ doc: htmlDocPtr) -> Parsed {
        var tree = HTMLTree()
        tree.tag.reserveCapacity(4096)
        var md = RawMetadata()
        var hitDepthLimit = false
        var stack: [Int] = []
        var node: xmlNodePtr? = doc.pointee.children
        var collapser = TextCollapser()

        while let n = node {
            var descend = false
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                let name = lowercasedName(n.pointee.name)
                let tag = HTMLTag(name: name)
                switch tag {
                case .meta:
                    readMeta(n, into: &md)
                case .link:
                    if attribute(n, "rel")?.lowercased().containsBytes("canonical") == true, md.canonical == nil {
                        md.canonical = attribute(n, "href")
                    }
                case .title:
                    if md.title == nil { md.title = collapser.collapse(content(n)).text }
                case .script:
                    if attribute(n, "type")?.lowercased().containsBytes("ld+json") == true {
                        md.jsonLD.append(content(n))
                    }
                case .style, .skipped, .head:
                    if tag == .head {
                        // Descend for metadata only: head contributes no nodes.
                        readHead(n, into: &md, collapser: &collapser)
                    }
                default:
                    if tag == .html {
                        md.lang = md.lang ?? attribute(n, "lang") ?? attribute(n, "xml:lang")
                        md.dir = md.dir ?? attribute(n, "dir")
                    }
                    if tag == .time, md.timeDatetime == nil { md.timeDatetime = attribute(n, "datetime") }
                    var hint = ""
                    var href: String?
                    var a = n.pointee.properties
                    while let attr = a {
                        let an = lowercasedName(attr.pointee.name)
                        if an == "class" || an == "id" || an == "role" || an == "itemprop" {
                            if let v = attrValue(attr) { hint += hint.isEmpty ? v.lowercased() : " " + v.lowercased() }
                        } else if an == "href", tag == .a {
                            href = attrValue(attr)
                        } else if an == "rel", tag == .a, attrValue(attr)?.lowercased() == "author" {
                            let t = collapser.collapse(content(n)).text.trimmed
                            if !t.isEmpty { md.authorLinks.append(t) }
                        } else if an == "hidden" || (an == "aria-hidden" && attrValue(attr) == "true") {
                            hint += " hidden"
                        } else if an == "style", let v = attrValue(attr)?.lowercased(),
                                  v.containsBytes("display:none") || v.containsBytes("display: none") {
                            hint += " hidden"
                        }
                        a = attr.pointee.next
                    }
                    let idx = tree.append(tag: tag, parent: stack.last ?? -1, depth: stack.count, hint: hint, href: href)
                    if stack.count >= 250 { hitDepthLimit = true }
                    if n.pointee.children != nil {
                        stack.append(idx)
                        descend = true
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = n.pointee.content, !stack.isEmpty {
                    let (s, letters) = collapser.collapse(c)
                    if !s.isEmpty {
                        _ = tree.append(tag: .text, parent: stack.last!, depth: stack.count, text: s, letters: letters)
                    }
                }
            default:
                break
            }
            if descend {
                node = n.pointee.children
                continue
            }
            var m = n
            node = nil
            while true {
                if let next = m.pointee.next { node = next; break }
                guard let up = m.pointee.parent, let closed = stack.popLast() else { break }
                tree.end[closed] = Int32(tree.count)
                m = up
            }
        }
        while let closed = stack.popLast() { tree.end[closed] = Int32(tree.count) }
        return Parsed(tree: tree, metadata: md, hitDepthLimit: hitDepthLimit)
    }

    private static func readHead(_ head: xmlNodePtr, into md: inout RawMetadata, collapser: inout TextCollapser) {
        var c = head.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE {
                switch HTMLTag(name: lowercasedName(n.pointee.name)) {
                case .meta: readMeta(n, into: &md)
                case .title: if md.title == nil { md.title = collapser.collapse(content(n)).text }
                case .link:
                    if attribute(n, "rel")?.lowercased().containsBytes("canonical") == true, md.canonical == nil {
                        md.canonical = attribute(n, "href")
                    }
                case .script:
                    if attribute(n, "type")?.lowercased().containsBytes("ld+json") == true { md.jsonLD.append(content(n)) }
                default: break
                }
            }
            c = n.pointee.next
        }
    }

    private static func readMeta(_ n: xmlNodePtr, into md: inout RawMetadata) {
        guard let value = attribute(n, "content") else { return }
        for key in ["property", "name", "itemprop", "http-equiv"] {
            if let k = attribute(n, key)?.lowercased(), md.meta[k] == nil { md.meta[k] = value }
        }
    }

    static func lowercasedName(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p).lowercased()
    }

    static func attrValue(_ attr: UnsafeMutablePointer<xmlAttr>) -> String? {
        guard let child = attr.pointee.children, let c = child.pointee.content else { return "" }
        return String(cString: c)
    }

    static func attribute(_ n: xmlNodePtr, _ name: String) -> String? {
        var a = n.pointee.properties
        while let attr = a {
            if lowercasedName(attr.pointee.name) == name { return attrValue(attr) }
            a = attr.pointee.next
        }
        return nil
    }

    /// The concatenated text below `n` (libxml2 allocates it; freed here).
    static func content(_ n: xmlNodePtr) -> String {
        guard let c = xmlNodeGetContent(n) else { return "" }
        defer { free(c) }
        return String(cString: c)
    }
}
