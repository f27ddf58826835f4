package org.cemt.plot

import java.io.StringReader
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element
import org.w3c.dom.Node
import org.xml.sax.InputSource

/** A parsed SVG (parsing fails on malformed XML) and what the tests count in it. */
class Svg(text: String) {
    val root: Element = DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }
        .newDocumentBuilder().parse(InputSource(StringReader(text))).documentElement

    private fun all(tag: String): List<Element> {
        val nodes = root.getElementsByTagNameNS("*", tag)
        return (0 until nodes.length).map { nodes.item(it) as Element }
    }

    /**
     * Elements drawn by the plot's layers: Lets-Plot puts each layer in a group clipped to the panel, while legends,
     * axes and the background sit outside any clipped group.
     */
    fun data(tag: String): List<Element> = all(tag).filter { e ->
        var p: Node? = e.parentNode
        var clipped = false
        while (p is Element) {
            if (p.localName == "clipPath") return@filter false
            if (p.localName == "g" && p.hasAttribute("clip-path")) clipped = true
            p = p.parentNode
        }
        clipped
    }

    /** The text of every `<text>` element. */
    fun texts(): List<String> = all("text").map { it.textContent.trim() }
}
