/// The files the pages load, served by the binary from these paths: a stylesheet (so the
/// Content-Security-Policy can forbid inline styles) and the favicon (so no browser asks
/// another host or logs a missing icon).
public enum PageAssets {
    public static let stylesheetPath = "/assets/oam.css"
    public static let faviconPath = "/favicon.svg"

    /// The favicon: a rounded square with "oam", as SVG.
    public static let favicon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e79"/>\
        <text x="16" y="21" font-family="sans-serif" font-size="11" font-weight="bold" fill="#ffffff" \
        text-anchor="middle">oam</text></svg>
        """

    /// The stylesheet; colours meet WCAG AA contrast (text #1a1a1a and links #0b4f8a on white,
    /// white on #1f4e79, the fit matrix's "no" cells #595959 on white).
    public static let stylesheet = """
        :root{color:#1a1a1a;background:#fff;font-family:system-ui,sans-serif;line-height:1.4}
        body{margin:0}
        header{background:#1f4e79}
        header ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:0;padding:.6rem 1rem}
        header a{color:#fff}
        main{padding:1rem;max-width:80rem}
        a{color:#0b4f8a}
        a:focus,input:focus,select:focus,button:focus{outline:3px solid #b35900;outline-offset:2px}
        .skip{position:absolute;left:-999px}
        .skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
        table{border-collapse:collapse;margin:1rem 0}
        caption{text-align:left;font-weight:bold;padding:.3rem 0}
        th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
        td.num{text-align:right}
        form{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;margin:1rem 0}
        fieldset{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;margin:0;border:1px solid #767676}
        label{display:flex;flex-direction:column;font-size:.9rem}
        .tier-vendor{color:#1b5e20}.tier-measured{color:#0b4f8a}.tier-press{color:#8a4b00}.tier-third-party{color:#a0002a}.tier-assumed{color:#5b2a86;font-style:italic}
        svg{max-width:100%;height:auto}
        svg text{font-size:12px;fill:#1a1a1a}
        .axis{stroke:#1a1a1a}
        .grid{stroke:#d0d0d0}
        .line{fill:none;stroke-width:2}
        .c0{stroke:#1f4e79;fill:#1f4e79}.c1{stroke:#b35900;fill:#b35900}.c2{stroke:#1b5e20;fill:#1b5e20}
        .c3{stroke:#6a1b9a;fill:#6a1b9a}.c4{stroke:#a0002a;fill:#a0002a}.c5{stroke:#00695c;fill:#00695c}
        .c6{stroke:#4e342e;fill:#4e342e}.c7{stroke:#37474f;fill:#37474f}
        .line.c0,.line.c1,.line.c2,.line.c3,.line.c4,.line.c5,.line.c6,.line.c7{fill:none}
        .notes{white-space:pre-wrap}
        .free{fill:#e8e8e8;stroke:#767676}
        .memory-bar{width:100%;max-width:40rem}
        details{margin:.5rem 0}
        form.stacked{flex-direction:column;align-items:stretch}
        textarea{font-family:ui-monospace,monospace;width:100%}
        table.source td{font-family:ui-monospace,monospace;white-space:pre}
        mark{background:#ffe08a;color:#1a1a1a}
        .scroll{overflow-x:auto}
        ul.vendors{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0}
        [aria-current=page]{font-weight:bold}
        table.matrix td{white-space:nowrap;font-size:.85rem}
        table.matrix td.fit-no a{color:#595959}
        """
}
