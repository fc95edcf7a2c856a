/// A parsed HTML document flattened into arrays in document (pre-)order: node `i`'s subtree is
/// `i ..< end[i]`, so every walk is a loop, never a recursion, whatever the nesting depth.
///
/// Only what extraction needs is kept: element tags, whitespace-collapsed text, the class and
/// id words of elements (for boilerplate hints) and link targets. Scripts, styles, forms'
/// controls and other invisible subtrees are left out.
struct HTMLTree: Sendable {
    /// The node's tag; `.text` for text nodes.
    var tag: [HTMLTag] = []
    /// Index of the parent, -1 for the root.
    var parent: [Int32] = []
    /// One past the last node of the subtree.
    var end: [Int32] = []
    /// Depth below the root.
    var depth: [UInt16] = []
    /// Whitespace-collapsed text of a text node ("" for elements).
    var text: [String] = []
    /// Letters (non-space scalars) in a text node's text.
    var letters: [Int32] = []
    /// Lowercased `class`, `id`, `role` and `itemprop` of an element, space separated.
    var hint: [String] = []
    /// `href` of `a` elements.
    var href: [String?] = []

    /// Number of nodes.
    var count: Int { tag.count }

    mutating func append(tag t: HTMLTag, parent p: Int, depth d: Int, text s: String = "", letters n: Int = 0,
                         hint h: String = "", href u: String? = nil) -> Int {
        tag.append(t)
        parent.append(Int32(p))
        end.append(Int32(tag.count))
        depth.append(UInt16(min(d, Int(UInt16.max))))
        text.append(s)
        letters.append(Int32(n))
        hint.append(h)
        href.append(u)
        return tag.count - 1
    }
}
