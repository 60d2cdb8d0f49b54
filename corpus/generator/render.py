"""Page templates for the morgue sample corpus.

Each outlet gets its own chrome (menus, cookie banner, share and vote widgets,
related and most-read lists, comments, footer) around the story text from
stories.py, plus the inline CSS, SVG sprites and script bundles that make a real
browser-saved page weigh 20-150 KB. The filler is generated from a seeded RNG so
the output is byte-for-byte reproducible.
"""

import html
import json
import random

E = html.escape


# --------------------------------------------------------------------------
# Outlets
# --------------------------------------------------------------------------

EN = {
    "cookie": "We use cookies to remember your settings, measure traffic and show adverts that keep {name} free to read.",
    "cookie_more": "You can change your choices at any time under Privacy settings.",
    "accept": "Accept all", "reject": "Reject non-essential", "manage": "Manage preferences",
    "by": "By", "home": "Home", "share": "Share this story",
    "shares": ["Share on Facebook", "Share on X", "Share on LinkedIn", "Send by email", "Copy link"],
    "related": "Related stories", "most_read": "Most read", "recommended": "Recommended for you",
    "read_more": "Read more:", "comments": "Comments", "join": "Join the conversation",
    "comment_rules": "Comments are moderated. Please keep it civil and on topic.",
    "reply": "Reply", "report": "Report", "load_more": "Load more comments",
    "vote_q": "Was this story useful?", "yes": "Useful", "no": "Not useful",
    "newsletter": "Get the morning briefing in your inbox", "newsletter_btn": "Sign up",
    "newsletter_small": "Free, every weekday at 7am. Unsubscribe any time.",
    "subscribe": "Subscribe", "signin": "Sign in", "search": "Search",
    "advert": "Advertisement", "skip": "Skip to main content", "menu": "Menu",
    "footer_links": ["About us", "Contact the newsroom", "Advertise with us", "Careers",
                      "Corrections and clarifications", "Terms of use", "Privacy notice",
                      "Cookie settings", "Accessibility", "Sitemap", "RSS feeds", "Archive"],
    "follow": "Follow us", "rights": "All rights reserved.",
    "ago": ["2 hours ago", "3 hours ago", "5 hours ago", "yesterday", "1 day ago", "2 days ago"],
    "likes": "likes", "tags": "Topics",
}

DE = dict(EN, **{
    "cookie": "Wir verwenden Cookies, um Ihre Einstellungen zu speichern, Reichweite zu messen und Werbung anzuzeigen, die den {name} finanziert.",
    "cookie_more": "Ihre Auswahl können Sie jederzeit unter Datenschutz-Einstellungen ändern.",
    "accept": "Alle akzeptieren", "reject": "Nur notwendige", "manage": "Einstellungen",
    "by": "Von", "home": "Startseite", "share": "Artikel teilen",
    "shares": ["Auf Facebook teilen", "Auf X teilen", "Per WhatsApp senden", "Per E-Mail senden", "Link kopieren"],
    "related": "Das könnte Sie auch interessieren", "most_read": "Meistgelesen", "recommended": "Empfehlungen der Redaktion",
    "read_more": "Lesen Sie auch:", "comments": "Kommentare", "join": "Diskutieren Sie mit",
    "comment_rules": "Kommentare werden moderiert. Bitte bleiben Sie sachlich.",
    "reply": "Antworten", "report": "Melden", "load_more": "Weitere Kommentare laden",
    "vote_q": "War dieser Artikel hilfreich?", "yes": "Ja", "no": "Nein",
    "newsletter": "Der Morgen-Newsletter aus dem Norden", "newsletter_btn": "Anmelden",
    "newsletter_small": "Kostenlos, werktags um 6 Uhr. Jederzeit abbestellbar.",
    "subscribe": "Abo", "signin": "Anmelden", "search": "Suche",
    "advert": "Anzeige", "skip": "Zum Inhalt springen", "menu": "Menü",
    "footer_links": ["Impressum", "Kontakt", "Mediadaten", "Karriere", "AGB", "Datenschutz",
                      "Cookie-Einstellungen", "Barrierefreiheit", "Archiv", "RSS"],
    "follow": "Folgen Sie uns", "rights": "Alle Rechte vorbehalten.",
    "ago": ["vor 2 Stunden", "vor 3 Stunden", "vor 5 Stunden", "gestern", "vor 2 Tagen"],
    "likes": "Zustimmungen", "tags": "Themen",
})

FR = dict(EN, **{
    "cookie": "Nous utilisons des cookies pour mémoriser vos réglages, mesurer l'audience et afficher des publicités qui financent {name}.",
    "cookie_more": "Vous pouvez modifier vos choix à tout moment dans les paramètres de confidentialité.",
    "accept": "Tout accepter", "reject": "Continuer sans accepter", "manage": "Paramétrer",
    "by": "Par", "home": "Accueil", "share": "Partager cet article",
    "shares": ["Partager sur Facebook", "Partager sur X", "Envoyer par e-mail", "Copier le lien"],
    "related": "À lire aussi", "most_read": "Les plus lus", "recommended": "Nos recommandations",
    "read_more": "Lire aussi :", "comments": "Commentaires", "join": "Réagissez",
    "comment_rules": "Les commentaires sont modérés. Merci de rester courtois.",
    "reply": "Répondre", "report": "Signaler", "load_more": "Voir plus de commentaires",
    "vote_q": "Cet article vous a-t-il été utile ?", "yes": "Oui", "no": "Non",
    "newsletter": "Recevez l'essentiel de l'actualité du littoral", "newsletter_btn": "S'inscrire",
    "newsletter_small": "Gratuit, chaque matin. Désinscription en un clic.",
    "subscribe": "S'abonner", "signin": "Se connecter", "search": "Rechercher",
    "advert": "Publicité", "skip": "Aller au contenu", "menu": "Menu",
    "footer_links": ["Qui sommes-nous", "Nous contacter", "Publicité", "Recrutement", "Mentions légales",
                      "Politique de confidentialité", "Gestion des cookies", "Accessibilité", "Plan du site"],
    "follow": "Suivez-nous", "rights": "Tous droits réservés.",
    "ago": ["il y a 2 heures", "il y a 3 heures", "hier", "il y a 2 jours"],
    "likes": "j'aime", "tags": "Mots-clés",
})

ES = dict(EN, **{
    "cookie": "Utilizamos cookies propias y de terceros para recordar sus preferencias y mostrar publicidad que financia {name}.",
    "cookie_more": "Puede cambiar su elección en cualquier momento en Configuración de privacidad.",
    "accept": "Aceptar todas", "reject": "Rechazar", "manage": "Configurar",
    "by": "Por", "home": "Portada", "share": "Compartir",
    "shares": ["Compartir en Facebook", "Compartir en X", "Enviar por correo", "Copiar enlace"],
    "related": "Noticias relacionadas", "most_read": "Lo más leído", "recommended": "Le recomendamos",
    "read_more": "Lea también:", "comments": "Comentarios", "join": "Deje su opinión",
    "comment_rules": "Los comentarios están moderados. Sea respetuoso.",
    "reply": "Responder", "report": "Denunciar", "load_more": "Cargar más comentarios",
    "vote_q": "¿Le ha resultado útil esta noticia?", "yes": "Sí", "no": "No",
    "newsletter": "Reciba el boletín de la comarca", "newsletter_btn": "Suscribirse",
    "newsletter_small": "Gratis, cada mañana. Puede darse de baja cuando quiera.",
    "subscribe": "Suscríbase", "signin": "Entrar", "search": "Buscar",
    "advert": "Publicidad", "skip": "Ir al contenido", "menu": "Menú",
    "footer_links": ["Quiénes somos", "Contacto", "Publicidad", "Aviso legal", "Política de privacidad",
                      "Política de cookies", "Hemeroteca"],
    "follow": "Síganos", "rights": "Todos los derechos reservados.",
    "ago": ["hace 2 horas", "hace 4 horas", "ayer", "hace 2 días"],
    "likes": "me gusta", "tags": "Temas",
})

JA = dict(EN, **{
    "cookie": "当サイトでは、利便性の向上と広告配信のためにクッキーを使用しています。",
    "cookie_more": "設定はプライバシー設定からいつでも変更できます。",
    "accept": "同意する", "reject": "拒否する", "manage": "設定",
    "by": "記者", "home": "トップ", "share": "この記事をシェア",
    "shares": ["Facebookでシェア", "Xでポスト", "LINEで送る", "リンクをコピー"],
    "related": "関連記事", "most_read": "アクセスランキング", "recommended": "おすすめ記事",
    "read_more": "あわせて読みたい：", "comments": "コメント", "join": "コメントを書く",
    "comment_rules": "コメントは編集部が確認後に掲載されます。",
    "reply": "返信", "report": "通報", "load_more": "もっと見る",
    "vote_q": "この記事は役に立ちましたか？", "yes": "はい", "no": "いいえ",
    "newsletter": "朝のニュースレターを受け取る", "newsletter_btn": "登録",
    "newsletter_small": "無料・毎朝配信。いつでも解除できます。",
    "subscribe": "購読", "signin": "ログイン", "search": "検索",
    "advert": "広告", "skip": "本文へ移動", "menu": "メニュー",
    "footer_links": ["会社概要", "お問い合わせ", "広告掲載", "採用情報", "利用規約", "プライバシーポリシー"],
    "follow": "公式アカウント", "rights": "無断転載を禁じます。",
    "ago": ["2時間前", "5時間前", "昨日", "2日前"],
    "likes": "いいね", "tags": "キーワード",
})

OUTLETS = {
    "harbour-ledger": dict(
        name="The Harbour Ledger", domain="harbourledger.example", sep=" | ", lang="en-GB", words=EN,
        prefix="hl", colour="#0b3d5c",
        nav=["News", "UK", "World", "Business", "Money", "Opinion", "Sport", "Culture", "Travel",
             "Puzzles & Crosswords", "Podcasts", "Obituaries"],
        tagline="Independent news from the coast since 1874",
    ),
    "westmoor-gazette": dict(
        name="Westmoor Gazette", domain="westmoorgazette.example", sep=" - ", lang="en-GB", words=EN,
        prefix="wg", colour="#7a1f1f",
        nav=["News", "Cornwall", "Devon", "Sport", "What's On", "Property", "Jobs", "Motors",
             "Family Notices", "Traffic & Travel", "Weather"],
        tagline="The voice of the moor",
    ),
    "calder-valley-tribune": dict(
        name="Calder Valley Tribune", domain="caldertribune.example", sep=" | ", lang="en-CA", words=EN,
        prefix="cvt", colour="#1d5e2a",
        nav=["Local", "City Hall", "Alberta", "Canada", "Business", "Sports", "Arts & Life",
             "Obituaries", "Opinion", "e-Edition", "Contests"],
        tagline="Serving Fort Calder and the valley",
    ),
    "prairie-current": dict(
        name="The Prairie Current", domain="prairiecurrent.example", sep=" - ", lang="en-CA", words=EN,
        prefix="pc", colour="#b35900",
        nav=["Latest", "Politics", "Agriculture", "Energy", "Investigations", "Climate",
             "Culture", "Podcasts", "Newsletters", "Donate"],
        tagline="Nonprofit news for the prairies",
    ),
    "brightwater-courier": dict(
        name="Brightwater Courier", domain="brightwatercourier.example", sep=" - ", lang="en-GB", words=EN,
        prefix="bc", colour="#24476b",
        nav=["Home", "News", "Business", "Politics", "Science", "Health", "Sport", "Lifestyle",
             "Food & Drink", "Video", "Live"],
        tagline="News you can trust",
    ),
    "nordsee-kurier": dict(
        name="Nordsee Kurier", domain="nordsee-kurier.example", sep=" | ", lang="de-DE", words=DE,
        prefix="nk", colour="#003b6f",
        nav=["Nachrichten", "Region", "Politik", "Wirtschaft", "Hafen & Schifffahrt", "Sport",
             "Kultur", "Panorama", "Rätsel", "E-Paper"],
        tagline="Unabhängige Zeitung für die Küste",
    ),
    "courrier-du-littoral": dict(
        name="Le Courrier du Littoral", domain="courrierdulittoral.example", sep=" - ", lang="fr-FR", words=FR,
        prefix="cl", colour="#1a4f8b",
        nav=["Actualité", "Région", "Économie", "Mer & Ports", "Politique", "Sports", "Culture",
             "Loisirs", "Avis de décès", "Jeux"],
        tagline="Le quotidien de la côte",
    ),
    "circuit-and-signal": dict(
        name="Circuit & Signal", domain="circuitandsignal.example", sep=" | ", lang="en-GB", words=EN,
        prefix="cs", colour="#222222",
        nav=["News", "Security", "Hardware", "Software", "Science", "Reviews", "Deals",
             "Guides", "Podcast", "Forums"],
        tagline="Technology, explained",
    ),
    "freight-lines-weekly": dict(
        name="Freight Lines Weekly", domain="freightlinesweekly.example", sep=" - ", lang="en-GB", words=EN,
        prefix="flw", colour="#0f5257",
        nav=["Ports", "Shipping", "Rail Freight", "Air Cargo", "Logistics", "Markets", "Data",
             "Events", "Jobs", "Subscribe"],
        tagline="Intelligence for the supply chain",
    ),
    "gulf-shore-dispatch": dict(
        name="Gulf Shore Dispatch", domain="gulfshoredispatch.example", sep=" | ", lang="en-US", words=EN,
        prefix="gsd", colour="#8a1538",
        nav=["News", "Local", "Texas", "Business", "Fishing", "Weather", "Sports", "Opinion",
             "Obituaries", "Classifieds", "Help Center"],
        tagline="The coast's newspaper",
    ),
    "ashby-chronicle": dict(
        name="The Ashby Chronicle", domain="ashbychronicle.example", sep=" - ", lang="en-GB", words=EN,
        prefix="ac", colour="#4b2e83",
        nav=["News", "Sport", "Business", "Food & Drink", "Schools", "Letters", "Nostalgia",
             "Announcements"],
        tagline="Ashby Marsh and district",
    ),
    "heraldo-montalba": dict(
        name="El Heraldo de Montalba", domain="heraldomontalba.example", sep=" | ", lang="es-ES", words=ES,
        prefix="hm", colour="#8b0000",
        nav=["Portada", "Montalba", "Comarca", "Campo", "Economía", "Deportes", "Cultura",
             "Sucesos", "Opinión", "Esquelas"],
        tagline="Diario independiente de la comarca",
    ),
    "minato-nippo": dict(
        name="港町日報", domain="minato-nippo.example", sep=" | ", lang="ja", words=JA,
        prefix="mn", colour="#c41230",
        nav=["ニュース", "地域", "経済", "港湾・物流", "政治", "スポーツ", "文化", "くらし"],
        tagline="港と暮らしの新聞",
    ),
}


# --------------------------------------------------------------------------
# Filler that makes the page weigh what real saved pages weigh
# --------------------------------------------------------------------------

CSS_BLOCKS = ["header", "masthead", "nav", "menu", "dropdown", "search", "breadcrumbs", "article",
              "headline", "standfirst", "byline", "figure", "caption", "body", "pullquote", "share",
              "vote", "promo", "teaser", "card", "list", "sidebar", "mpu", "newsletter", "comments",
              "comment", "avatar", "footer", "social", "cookie", "modal", "button", "tag", "grid"]
CSS_MODS = ["", "--large", "--small", "--dark", "--active", "--hidden", "__title", "__meta",
            "__image", "__link", "__icon", "__inner", "--sticky"]
CSS_PROPS = [
    ("display", ["block", "flex", "grid", "inline-flex", "none"]),
    ("margin", ["0", "0 auto", "8px 0", "16px 0 24px", "0 0 12px"]),
    ("padding", ["0", "4px 8px", "12px 16px", "24px", "8px 12px 10px"]),
    ("font-size", ["12px", "14px", "15px", "1rem", "1.125rem", "1.75rem", "2.25rem"]),
    ("line-height", ["1.2", "1.35", "1.5", "1.6"]),
    ("color", ["#111", "#333", "#666", "#767676", "#fff", "inherit"]),
    ("background-color", ["#fff", "#f4f4f4", "#eaeaea", "transparent", "#000"]),
    ("border-bottom", ["1px solid #ddd", "2px solid currentColor", "0"]),
    ("gap", ["4px", "8px", "16px", "24px"]),
    ("font-weight", ["400", "600", "700"]),
    ("text-transform", ["none", "uppercase"]),
    ("transition", ["opacity .2s ease", "transform .3s ease-out", "none"]),
]


def filler_css(rng, prefix, colour, rules):
    out = [f":root{{--{prefix}-brand:{colour};--{prefix}-ink:#121212;--{prefix}-rule:#dcdcdc}}",
           "*,*::before,*::after{box-sizing:border-box}",
           "html{-webkit-text-size-adjust:100%}body{margin:0;font-family:Georgia,'Times New Roman',serif}"]
    for i in range(rules):
        sel = f".{prefix}-{rng.choice(CSS_BLOCKS)}{rng.choice(CSS_MODS)}"
        if rng.random() < 0.3:
            sel += f" .{prefix}-{rng.choice(CSS_BLOCKS)}{rng.choice(CSS_MODS)}"
        props = rng.sample(CSS_PROPS, rng.randint(2, 6))
        body = ";".join(f"{p}:{rng.choice(v)}" for p, v in props)
        rule = f"{sel}{{{body}}}"
        if i % 40 == 39:
            rule = f"@media (min-width:{rng.choice([600, 768, 1024, 1280])}px){{{rule}}}"
        out.append(rule)
    return "\n".join(out)


def svg_sprite(rng, icons):
    names = ["facebook", "x", "linkedin", "email", "link", "search", "menu", "close", "chevron",
             "play", "comment", "thumb-up", "thumb-down", "bookmark", "print", "user", "rss"]
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">']
    for i in range(icons):
        d = "M" + " ".join(f"{rng.randint(0, 24)}.{rng.randint(0, 99)} {rng.randint(0, 24)}.{rng.randint(0, 99)}"
                           + rng.choice(["L", "C", "l", "c", "Q", "A", "z"]) for _ in range(rng.randint(8, 30)))
        parts.append(f'<symbol id="icon-{names[i % len(names)]}-{i}" viewBox="0 0 24 24"><path d="{d}"/></symbol>')
    parts.append("</svg>")
    return "\n".join(parts)


def js_bundle(rng, kb):
    ids = "abcdefghijklmnopqrstuvwxyz"
    out = ['!function(){"use strict";var e={},t={};function n(r){var o=t[r];if(void 0!==o)return o.exports;'
           'var i=t[r]={exports:{}};return e[r](i,i.exports,n),i.exports}']
    size = 0
    k = 0
    while size < kb * 1024:
        k += 1
        v = [rng.choice(ids) + rng.choice(ids) for _ in range(6)]
        chunk = (f'e[{rng.randint(1000, 99999)}]=function({v[0]},{v[1]},{v[2]}){{var {v[3]}={v[2]}({rng.randint(100, 9999)}),'
                 f'{v[4]}=function({v[5]}){{return {v[5]}&&{v[5]}.__esModule?{v[5]}:{{default:{v[5]}}}}};'
                 f'{v[1]}.{rng.choice(["init", "mount", "track", "observe", "render", "hydrate"])}=function(){{'
                 f'if(!window.IntersectionObserver)return;var q=document.querySelectorAll("[data-slot-{k}]");'
                 f'for(var i=0;i<q.length;i++){{{v[4]}({v[3]}).default(q[i],{{threshold:{rng.random():.2f},'
                 f'rootMargin:"{rng.randint(0, 400)}px"}})}}}}}};')
        out.append(chunk)
        size += len(chunk)
    out.append("}();")
    return "".join(out)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def ymd(date):
    y, m, d = (int(x) for x in date.split("-"))
    return y, m, d


def visible_date(date, style):
    y, m, d = ymd(date)
    if style == "en-gb":
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if style == "en-us":
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    if style == "de":
        return f"{d}. {MONTHS_DE[m - 1]} {y}"
    if style == "fr":
        return f"{d} {MONTHS_FR[m - 1]} {y}"
    raise ValueError(style)


def iso(date, time="09:00", tz="+00:00"):
    return f"{date}T{time}:00{tz}"


# --------------------------------------------------------------------------
# Modern full page
# --------------------------------------------------------------------------

def slugify(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:70]


SIZES = {"S": (60, 6, 2), "M": (380, 20, 18), "L": (700, 40, 45)}


def paragraphs_html(p, page, w):
    out = []
    promo_at = page.get("promo_at", 3)
    for i, para in enumerate(page["body"]):
        if i == promo_at and page.get("promo"):
            out.append(f'<aside class="{p}-promo {p}-promo--inline" data-component="inline-promo">'
                       f'<span class="{p}-promo__label">{E(w["read_more"])}</span> '
                       f'<a href="/news/{slugify(page["promo"])}">{E(page["promo"])}</a></aside>')
        if i == 2 and page.get("size", "M") != "S":
            out.append(f'<div class="{p}-mpu" data-slot-{i} aria-hidden="true"><span class="{p}-mpu__label">'
                       f'{E(w["advert"])}</span><div id="ad-slot-mpu-{i}"></div></div>')
        if para.startswith("## "):
            out.append(f"<h2>{E(para[3:])}</h2>")
        elif para.startswith("> "):
            out.append(f'<blockquote class="{p}-pullquote"><p>{E(para[2:])}</p></blockquote>')
        elif para.startswith("- "):
            items = "".join(f"<li>{E(x.strip())}</li>" for x in para[2:].split(" | "))
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{E(para)}</p>")
    return "\n".join(out)


def render_modern(page, xhtml=False):
    o = OUTLETS[page["outlet"]]
    w = o["words"]
    p = o["prefix"]
    rng = random.Random(page["path"])
    kind = page["kind"]
    date = page.get("date")
    mod = page.get("modified")
    tz = page.get("tz", "+00:00")
    time = page.get("time", "09:00")
    section = page.get("section", o["nav"][0])
    slug = page.get("slug") or slugify(page.get("title_ascii", page["title"]))
    if kind == "url":
        y, m, d = ymd(date)
        url = f"https://{o['domain']}/{y:04d}/{m:02d}/{d:02d}/{slug}"
    else:
        url = f"https://{o['domain']}/{slugify(section)}/{slug}"
    title = page["title"]
    name = o["name"]
    rules, icons, js_kb = SIZES[page.get("size", "M")]
    charset = page.get("charset", "utf-8")

    head = []
    if xhtml:
        head.append(f'<meta http-equiv="Content-Type" content="application/xhtml+xml; charset={charset}" />')
    elif page.get("charset_http_equiv"):
        head.append(f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    else:
        head.append(f'<meta charset="{charset}">')
    head += [
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{E(title)}{E(o['sep'])}{E(name)}</title>",
        f'<meta name="description" content="{E(page.get("standfirst", page["body"][0]))}">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{E(name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{E(title)}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="https://cdn.{o["domain"]}/images/{slug}-1200.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="@{p}news">',
        f'<link rel="preconnect" href="https://cdn.{o["domain"]}">',
        f'<link rel="icon" href="https://cdn.{o["domain"]}/favicon-32.png" sizes="32x32">',
        f'<link rel="alternate" type="application/rss+xml" title="{E(name)}" href="https://{o["domain"]}/rss.xml">',
    ]
    if page.get("author"):
        head.append(f'<meta name="author" content="{E(page["author"])}">')
    if kind == "meta":
        head.append(f'<meta property="article:published_time" content="{iso(date, time, tz)}">')
        if mod:
            head.append(f'<meta property="article:modified_time" content="{iso(mod, "16:20", tz)}">')
    head.append(f'<meta property="article:section" content="{E(section)}">')
    if page.get("author") and rng.random() < 0.5:
        head.append(f'<meta property="article:author" content="https://{o["domain"]}/authors/{slugify(page["author"])}">')

    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "image": [f"https://cdn.{o['domain']}/images/{slug}-1200.jpg"],
          "publisher": {"@type": "Organization", "name": name,
                        "logo": {"@type": "ImageObject", "url": f"https://cdn.{o['domain']}/logo.png"}}}
    if page.get("author"):
        ld["author"] = [{"@type": "Person", "name": page["author"]}]
    if kind == "jsonld":
        ld["datePublished"] = iso(date, time, tz)
        if mod:
            ld["dateModified"] = iso(mod, "18:05", tz)
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": w["home"], "item": f"https://{o['domain']}/"},
        {"@type": "ListItem", "position": 2, "name": section, "item": f"https://{o['domain']}/{slugify(section)}"}]}
    ld_json = json.dumps(ld, ensure_ascii=False, indent=None if rng.random() < 0.5 else 2)
    if xhtml:
        ld_json = ld_json.replace("&", "\\u0026")
    head.append(f'<script type="application/ld+json">{ld_json}</script>')
    head.append(f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>')
    head.append(f"<style>{filler_css(rng, p, o['colour'], rules)}</style>")
    head.append('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}'
                f'gtag("js",new Date);gtag("config","G-{rng.randint(10**9, 10**10)}",{{anonymize_ip:true}});'
                f'window.__PAGE_CONFIG__={{"site":"{p}","section":"{E(slugify(section))}","paywall":'
                f'{str(rng.random() < 0.4).lower()},"adUnits":["mpu","leaderboard","sticky-footer"]}};</script>')

    nav_items = "\n".join(
        f'<li class="{p}-nav__item"><a class="{p}-nav__link" href="/{slugify(n)}">{E(n)}</a>'
        + ("<ul class=\"%s-dropdown\">" % p + "".join(
            f'<li><a href="/{slugify(n)}/{slugify(s)}">{E(s)}</a></li>'
            for s in o["nav"][(i + 1) % len(o["nav"]):][:4]) + "</ul>" if i < 4 and page.get("size") != "S" else "")
        + "</li>"
        for i, n in enumerate(o["nav"]))

    cookie = w["cookie"].format(name=name)
    body = []
    body.append(f'<a class="{p}-skip" href="#main">{E(w["skip"])}</a>')
    body.append(svg_sprite(rng, icons))
    body.append(f'<div id="cookie-consent" class="{p}-cookie" role="dialog" aria-live="polite">'
                f'<div class="{p}-cookie__inner"><p>{E(cookie)}</p><p>{E(w["cookie_more"])}</p>'
                f'<button class="{p}-button" data-consent="all">{E(w["accept"])}</button>'
                f'<button class="{p}-button {p}-button--secondary" data-consent="essential">{E(w["reject"])}</button>'
                f'<a href="/privacy/settings">{E(w["manage"])}</a></div></div>')
    body.append(f'<header class="{p}-header"><div class="{p}-masthead"><button class="{p}-menu" aria-expanded="false">'
                f'{E(w["menu"])}</button><a class="{p}-masthead__logo" href="/" aria-label="{E(name)}">'
                f'<span class="{p}-logo">{E(name)}</span></a><span class="{p}-masthead__tagline">{E(o["tagline"])}</span>'
                f'<form class="{p}-search" action="/search" role="search"><input type="search" name="q" '
                f'placeholder="{E(w["search"])}"><button type="submit">{E(w["search"])}</button></form>'
                f'<a class="{p}-button" href="/subscribe">{E(w["subscribe"])}</a> <a href="/login">{E(w["signin"])}</a>'
                f'</div><nav class="{p}-nav" aria-label="Main"><ul>{nav_items}</ul></nav></header>')
    body.append(f'<div class="{p}-leaderboard" aria-hidden="true"><span>{E(w["advert"])}</span><div id="ad-slot-top"></div></div>')

    # Article
    art = [f'<main id="main" class="{p}-main"><article class="{p}-article" itemscope itemtype="https://schema.org/NewsArticle">']
    art.append(f'<nav class="{p}-breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">{E(w["home"])}</a></li>'
               f'<li><a href="/{slugify(section)}">{E(section)}</a></li>'
               + (f'<li><a href="/{slugify(section)}/{slugify(page["subsection"])}">{E(page["subsection"])}</a></li>'
                  if page.get("subsection") else "") + "</ol></nav>")
    art.append(f'<header class="{p}-article__header"><h1 class="{p}-headline" itemprop="headline">{E(title)}</h1>')
    if page.get("standfirst"):
        art.append(f'<p class="{p}-standfirst">{E(page["standfirst"])}</p>')
    meta = []
    if page.get("author"):
        meta.append(f'<span class="{p}-byline">{E(w["by"])} <a rel="author" href="/authors/{slugify(page["author"])}">'
                    f'{E(page["author"])}</a>' + (f', {E(page["role"])}' if page.get("role") else "") + "</span>")
    if kind == "time":
        shown = page.get("time_label", "")
        meta.append(f'<time class="{p}-published" datetime="{iso(date, time, tz)}">{E(shown)}</time>')
        if mod:
            meta.append(f'<span class="{p}-updated">Updated <time datetime="{iso(mod, "11:30", tz)}">'
                        f'{E(page.get("mod_label", ""))}</time></span>')
    elif kind == "text":
        style = page["date_style"]
        label = page.get("date_label", "Published {}")
        txt = label.format(visible_date(date, style))
        if mod:
            txt += page.get("mod_label", " · Updated {}").format(visible_date(mod, style))
        meta.append(f'<span class="{p}-dateline">{E(txt)}</span>')
    if page.get("read_time"):
        meta.append(f'<span class="{p}-readtime">{E(page["read_time"])}</span>')
    art.append(f'<div class="{p}-article__meta">{" ".join(meta)}</div></header>')
    share = "".join(f'<li><a class="{p}-share__link" href="#" data-network="{slugify(s)}"><svg class="{p}-icon">'
                    f'<use href="#icon-{i}"/></svg><span class="visually-hidden">{E(s)}</span></a></li>'
                    for i, s in enumerate(w["shares"]))
    art.append(f'<div class="{p}-share {p}-share--top"><span>{E(w["share"])}</span><ul>{share}</ul></div>')
    if page.get("figure"):
        art.append(f'<figure class="{p}-figure"><img src="https://cdn.{o["domain"]}/images/{slug}-800.jpg" '
                   f'alt="{E(page["figure"])}" width="800" height="450" loading="eager">'
                   f'<figcaption class="{p}-caption">{E(page["figure"])} '
                   f'<span class="{p}-credit">Photo: {E(page.get("photo_credit", name))}</span></figcaption></figure>')
    art.append(f'<div class="{p}-article__body" itemprop="articleBody">')
    art.append(paragraphs_html(p, page, w))
    art.append("</div>")
    if page.get("tags"):
        tags = "".join(f'<li><a href="/topic/{slugify(t)}">{E(t)}</a></li>' for t in page["tags"])
        art.append(f'<div class="{p}-tags"><span>{E(w["tags"])}</span><ul>{tags}</ul></div>')
    up, down = page.get("votes", (rng.randint(40, 3000), rng.randint(3, 200)))
    art.append(f'<div class="{p}-vote" data-component="vote"><p>{E(w["vote_q"])}</p>'
               f'<button data-vote="up"><svg class="{p}-icon"><use href="#icon-thumb-up"/></svg> {E(w["yes"])} '
               f'<span class="{p}-vote__count">({up})</span></button>'
               f'<button data-vote="down"><svg class="{p}-icon"><use href="#icon-thumb-down"/></svg> {E(w["no"])} '
               f'<span class="{p}-vote__count">({down})</span></button></div>')
    art.append(f'<div class="{p}-share {p}-share--bottom"><span>{E(w["share"])}</span><ul>{share}</ul></div>')
    art.append("</article>")

    def teaser_list(cls, heading, items, with_img):
        lis = []
        for i, h in enumerate(items):
            img = (f'<img src="https://cdn.{o["domain"]}/images/{slugify(h)}-320.jpg" alt="" width="160" height="90" loading="lazy">'
                   if with_img else "")
            lis.append(f'<li class="{p}-teaser"><a href="/news/{slugify(h)}">{img}<span class="{p}-teaser__title">'
                       f'{E(h)}</span></a></li>')
        return (f'<section class="{p}-{cls}" aria-labelledby="{cls}-h"><h2 id="{cls}-h">{E(heading)}</h2>'
                f'<ol>{"".join(lis)}</ol></section>')

    if page.get("related"):
        art.append(teaser_list("related", w["related"], page["related"], True))
    # Comments
    if page.get("comments"):
        cs = []
        for i, (who, text) in enumerate(page["comments"]):
            cs.append(f'<li class="{p}-comment" id="c{rng.randint(10000, 99999)}"><div class="{p}-comment__meta">'
                      f'<img class="{p}-avatar" src="https://cdn.{o["domain"]}/avatars/{i}.png" alt="" width="32" height="32">'
                      f'<span class="{p}-comment__author">{E(who)}</span> <span class="{p}-comment__time">'
                      f'{E(w["ago"][i % len(w["ago"])])}</span></div><p>{E(text)}</p>'
                      f'<div class="{p}-comment__actions"><button>{E(w["reply"])}</button> '
                      f'<span>{rng.randint(0, 90)} {E(w["likes"])}</span> <button>{E(w["report"])}</button></div></li>')
        art.append(f'<section id="comments" class="{p}-comments"><h2>{E(w["comments"])} ({len(cs) + rng.randint(3, 80)})</h2>'
                   f'<p class="{p}-comments__rules">{E(w["comment_rules"])}</p>'
                   f'<form class="{p}-comments__form"><label>{E(w["join"])}<textarea name="body"></textarea></label>'
                   f'<button type="submit">{E(w["join"])}</button></form><ol>{"".join(cs)}</ol>'
                   f'<button class="{p}-button">{E(w["load_more"])}</button></section>')
    art.append("</main>")
    body.append("\n".join(art))

    side = [f'<aside class="{p}-sidebar" role="complementary">']
    if page.get("most_read"):
        side.append(teaser_list("most-read", w["most_read"], page["most_read"], False))
    side.append(f'<div class="{p}-mpu" aria-hidden="true"><span>{E(w["advert"])}</span><div id="ad-slot-side"></div></div>')
    side.append(f'<div class="{p}-newsletter"><h3>{E(w["newsletter"])}</h3><form><input type="email" '
                f'placeholder="you@example.com"><button>{E(w["newsletter_btn"])}</button></form>'
                f'<p>{E(w["newsletter_small"])}</p></div>')
    if page.get("recommended"):
        side.append(teaser_list("recommended", w["recommended"], page["recommended"], True))
    side.append("</aside>")
    body.append("\n".join(side))

    foot_links = "".join(f'<li><a href="/{slugify(x)}">{E(x)}</a></li>' for x in w["footer_links"])
    foot_nav = "".join(f'<li><a href="/{slugify(x)}">{E(x)}</a></li>' for x in o["nav"])
    social = "".join(f'<a href="https://social.example/{p}news" aria-label="{s}"><svg class="{p}-icon"><use href="#icon-{s.lower()}-0"/></svg></a>'
                     for s in ["Facebook", "X", "Instagram", "YouTube"])
    year = (date or "2024")[:4]
    body.append(f'<footer class="{p}-footer"><div class="{p}-footer__logo">{E(name)}</div><ul class="{p}-footer__sections">{foot_nav}</ul>'
                f'<ul class="{p}-footer__links">{foot_links}</ul><div class="{p}-social">{E(w["follow"])} {social}</div>'
                f'<p class="{p}-footer__legal">&copy; {year} {E(name)}. {E(w["rights"])}</p></footer>')
    body.append(f"<script>{js_bundle(rng, js_kb)}</script>")
    body.append(f'<script async src="https://cdn.{o["domain"]}/static/js/main.{rng.randint(10**7, 10**8):x}.js"></script>')

    if xhtml:
        opening = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                   '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
                   f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{o["lang"]}" lang="{o["lang"]}">')
    else:
        saved = f"<!-- saved from url=({len(url):04d}){url} -->\n" if rng.random() < 0.5 else ""
        opening = f'<!DOCTYPE html>\n{saved}<html lang="{o["lang"]}" class="no-js">'
    doc = (f"{opening}\n<head>\n" + "\n".join(head) + f'\n</head>\n<body class="{p}-page {p}-page--article">\n'
           + "\n".join(body) + "\n</body>\n</html>\n")
    if xhtml:
        doc = doc.replace('loading="eager">', 'loading="eager" />').replace('loading="lazy">', 'loading="lazy" />')
        doc = doc.replace('height="32">', 'height="32" />').replace('placeholder="you@example.com">', 'placeholder="you@example.com" />')
        doc = doc.replace(f'placeholder="{E(w["search"])}">', f'placeholder="{E(w["search"])}" />')
        doc = doc.replace('<meta charset', '<meta charset')
        import re
        doc = re.sub(r'<(meta|link)([^>]*?)(?<!/)>', r'<\1\2 />', doc)
        doc = doc.replace("itemscope ", 'itemscope="itemscope" ').replace(" async ", ' async="async" ')
        doc = re.sub(r' (data-slot-\d+)(?=[ >])', r' \1=""', doc)
        doc = doc.replace("&copy;", "&#169;")
        # XHTML saved by a browser keeps inline scripts and styles in CDATA sections.
        # JSON-LD stays bare (JSON parsers would choke on the markers); it holds no & or <.
        doc = re.sub(r"<(script|style)((?:(?!ld\+json)[^>])*)>(?!</)(.*?)</\1>",
                     lambda m: f"<{m[1]}{m[2]}>/*<![CDATA[*/{m[3]}/*]]>*/</{m[1]}>", doc, flags=re.S)
    return doc


# --------------------------------------------------------------------------
# An old hand-made site (.htm, .shtml): tables, font tags, little else
# --------------------------------------------------------------------------

def render_old(page):
    rng = random.Random(page["path"])
    site = page["site"]
    date_line = ""
    if page["kind"] == "text":
        date_line = f'<p><font size="1" color="#666666">{E(page["date_label"].format(visible_date(page["date"], page["date_style"])))}</font></p>'
    links = "".join(f'<a href="/{slugify(x)}.htm">{E(x)}</a> | ' for x in page["menu"])
    other = "".join(f'<li><a href="/news/{slugify(h)}.htm">{E(h)}</a></li>' for h in page["related"])
    paras = "\n".join(f"<p>{E(x)}</p>" for x in page["body"])
    ssi = ""
    if page["path"].endswith(".shtml"):
        ssi = '<!--#include virtual="/inc/header.html" -->\n'
    counter = rng.randint(10000, 99999)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(page["title"])} - {E(site)}</title>
<meta name="keywords" content="{E(", ".join(page.get("keywords", [])))}">
<link rel="stylesheet" href="/style.css" type="text/css">
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImage() {{ var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3) if ((x=MM_findObj(a[i]))!=null){{document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}} }}
function MM_findObj(n, d) {{ var p,i,x; if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {{ d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}} if(!(x=d[n])&&d.all) x=d.all[n]; return x; }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399">
{ssi}<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#336633"><font face="Verdana, Arial" size="5" color="#FFFFFF"><b>{E(site)}</b></font><br>
<font face="Verdana, Arial" size="1" color="#CCFFCC">{E(page["tagline"])}</font></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99"><font face="Verdana, Arial" size="2">{links}</font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#EEEEDD">
<font face="Verdana, Arial" size="2"><b>Other news</b>
<ul>{other}</ul>
<b>Notices</b><br>{E(page["notice"])}<br><br>
<img src="/images/counter.gif?c={counter}" width="88" height="31" alt="Visitors: {counter}"></font>
</td>
<td width="610" valign="top"><font face="Georgia, Times" size="3">
<h2>{E(page["title"])}</h2>
{date_line}
{paras}
</font>
<hr noshade size="1">
<font face="Verdana, Arial" size="1">{E(page["footer"])}<br>
<a href="mailto:editor@{page["domain"]}">Email the editor</a> | <a href="/index.htm">Back to front page</a> | <a href="/guestbook.htm">Sign our guestbook</a></font>
</td></tr></table>
{'<!--#include virtual="/inc/footer.html" -->' if ssi else ''}
</body>
</html>
"""


# --------------------------------------------------------------------------
# Plain-text dump, shaped like ../shared/seeds/*.txt
# --------------------------------------------------------------------------

def render_text(page):
    lines = [f"Current:Home > {page['section']}{page['title']} -{page['site']}", page["title"], "View",
             f"Date:{page['date']} {page['time']}"]
    lines += page["body"]
    lines.append(f"veryGood! ({page['votes']})")
    lines.append("Related")
    lines += [f"- {h}" for h in page["related"]]
    lines.append("Ranking")
    lines += [f"- {h}" for h in page["ranking"]]
    lines.append("Recommendation")
    lines += page["recommendation"]
    return "\n".join(lines)
