/// The page frame of the web reader: Arabic, right to left, one small stylesheet, no script.
enum Layout {
    static func page(title: String, query: String = "", body: String) -> String {
        """
        <!doctype html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) — خبر</title>
        <style>\(stylesheet)</style>
        </head>
        <body>
        <header><a class="brand" href="/">خبر</a>
        <form action="/search" method="get" role="search"><input type="search" name="q" value="\(HTML.escape(query))" placeholder="ابحث في الأخبار…" aria-label="بحث"><button>بحث</button></form>
        </header>
        <main>
        \(body)
        </main>
        <footer>خبر — محرك أخبار عربي</footer>
        </body>
        </html>
        """
    }

    static let stylesheet = """
        :root{--fg:#1b1b1b;--muted:#5f6368;--accent:#0b5cad;--bg:#fff;--mark:#ffe58a}
        *{box-sizing:border-box}
        body{margin:0;font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","KacstOne","Geeza Pro","Al Nile","Segoe UI",Tahoma,Arial,sans-serif;
        color:var(--fg);background:var(--bg);line-height:1.8;font-size:18px;overflow-wrap:anywhere;-webkit-text-size-adjust:100%}
        header,button,input,select,.meta,.pager,footer{font-family:"Noto Sans Arabic","Noto Naskh Arabic","Segoe UI",Tahoma,Arial,sans-serif}
        header{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;padding:.75rem 1rem;border-bottom:1px solid #e3e3e3}
        .brand{font-size:1.6rem;font-weight:700;color:var(--accent);text-decoration:none}
        form{display:flex;flex:1 1 14rem;gap:.5rem;min-width:0;max-width:100%}
        input[type=search]{flex:1;min-width:0;width:100%;font:inherit;padding:.35rem .6rem;border:1px solid #bbb;border-radius:.4rem}
        button,select{font:inherit;padding:.3rem .8rem;border-radius:.4rem;border:1px solid #bbb;background:#f6f6f6}
        main{max-width:46rem;margin:0 auto;padding:1rem}
        footer{color:var(--muted);text-align:center;font-size:.85rem;padding:2rem 1rem}
        mark{background:var(--mark);padding:0 .1em;border-radius:.15em}
        .meta{color:var(--muted);font-size:.85rem}
        .result{margin:1.2rem 0}
        .result h2{font-size:1.15rem;margin:0}
        .result h2 a{color:var(--accent);text-decoration:none}
        .pager{display:flex;justify-content:space-between;margin:2rem 0}
        article h1{font-size:1.6rem;line-height:1.5}
        aside{border-top:1px solid #e3e3e3;margin-top:2rem}
        ul.sources{columns:2;padding:0;list-style:none}
        .filters{flex-wrap:wrap;margin:0 0 1rem;padding:.6rem;background:#f7f7f5;border-radius:.5rem}
        .filters input[type=search]{flex:1 1 100%}
        .filters label{display:flex;gap:.35rem;align-items:center;font-size:.9rem}
        input[type=date]{font:inherit;font-size:.9rem;padding:.2rem .4rem;border:1px solid #bbb;border-radius:.4rem}
        .facets{margin:.5rem 0 1rem;font-size:.9rem}
        .facets summary{cursor:pointer;color:var(--accent)}
        .facet-lists{display:flex;flex-wrap:wrap;gap:0 2.5rem}
        .facet-lists ul{list-style:none;padding:0;margin:.4rem 0}
        .error{color:#b00020}
        .warning{color:#8a5a00}
        article p{margin:0 0 1rem}
        ul.inline{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
        a.entity{text-decoration:none;border-bottom:2px solid #9ec5ee}a.entity.loc{border-color:#9ad0a0}a.entity.org{border-color:#e0b77a}
        .quotes li{margin:.4rem 0}
        @media (max-width:32rem){body{font-size:17px}ul.sources{columns:1}main{padding:.75rem}
        header{padding:.5rem .75rem}.filters label{flex:1 1 45%}select{max-width:100%}}
        """
}
