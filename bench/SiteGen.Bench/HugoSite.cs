namespace SiteGen.Bench;

/// <summary>
/// Minimal Hugo layouts doing comparable work to SiteGen's theme: a shell with navigation,
/// breadcrumbs, the section's pages and previous/next links.
/// </summary>
internal static class HugoLayouts
{
    public static void Write(string hugoRoot)
    {
        var layouts = Path.Combine(hugoRoot, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
            <meta name="description" content="{{ .Params.summary }}"><link rel="canonical" href="{{ .Permalink }}"></head>
            <body><a href="#main">Skip to main content</a>
            <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a><nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
            <nav aria-label="Breadcrumb">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> / {{ end }}</nav>
            <main id="main"><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</main>
            <aside><h2>Get help</h2><p>Childline 0800 1111</p></aside></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}{{ .Content }}
            <nav>{{ with .CurrentSection }}{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}</nav>
            {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">Previous: {{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a href="{{ .RelPermalink }}">Next: {{ .Title }}</a>{{ end }}{{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
            """);
    }
}
