namespace SiteGen.Bench;

/// <summary>
/// Hugo's side of a corpus: its settings and minimal layouts doing comparable work to SiteGen's
/// theme (a shell with navigation, breadcrumbs, the section's pages, previous and next), a link
/// hook that turns links to Markdown files into page addresses and fails the build on a broken
/// one, and a code block hook that renders a quiz's YAML as a form.
/// </summary>
internal static class HugoSite
{
    /// <summary>Writes hugo.toml and the layouts into a site folder that has its content/ already.</summary>
    public static void Write(string root)
    {
        File.WriteAllText(Path.Combine(root, "hugo.toml"), """
            baseURL = 'https://cse.example.org/'
            title = 'Bench'
            languageCode = 'en-GB'
            disableKinds = ['taxonomy', 'term', 'RSS']
            [markup.goldmark.parser]
              autoHeadingIDType = 'github'

            """);
        Layout(root, "_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
            <meta name="description" content="{{ .Params.summary }}"><link rel="canonical" href="{{ .Permalink }}"></head>
            <body><a href="#main">Skip to main content</a>
            <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a><nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
            <nav aria-label="Breadcrumb">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> / {{ end }}</nav>
            <main id="main"><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</main>
            <aside><h2>Get help</h2><p>Childline 0800 1111</p></aside></body></html>
            """);
        Layout(root, "_default/single.html", """
            {{ define "main" }}{{ .Content }}
            <nav>{{ with .CurrentSection }}{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}</nav>
            {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">Previous: {{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a href="{{ .RelPermalink }}">Next: {{ .Title }}</a>{{ end }}{{ end }}
            """);
        Layout(root, "_default/list.html", """
            {{ define "main" }}{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
            """);
        Layout(root, "partials/href.html", """
            {{- /* A link to a Markdown file, relative to the page, as the page's address; any other link as it is. */ -}}
            {{- $dest := .dest -}}
            {{- $u := urls.Parse $dest -}}
            {{- if and (not $u.Scheme) (strings.HasSuffix $u.Path ".md") -}}
              {{- $target := path.Join "/" .page.File.Dir $u.Path | strings.TrimSuffix ".md" | strings.TrimSuffix "/index" | strings.TrimSuffix "/_index" -}}
              {{- with site.GetPage $target -}}
                {{- $dest = .RelPermalink -}}
                {{- with $u.Fragment }}{{ $dest = printf "%s#%s" $dest . }}{{ end -}}
              {{- else -}}
                {{- errorf "%s: a link to %s, which is not a page" $.page.File.Path $u.Path -}}
              {{- end -}}
            {{- end -}}
            {{- return $dest -}}
            """);
        Layout(root, "_default/_markup/render-link.html", """
            <a href="{{ partial "href.html" (dict "page" .Page "dest" .Destination) | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
            """);
        Layout(root, "_default/_markup/render-codeblock-quiz.html", """
            {{- $quiz := transform.Unmarshal .Inner -}}
            <section class="quiz" id="quiz-{{ $quiz.id }}"><h2>{{ $quiz.title }}</h2>{{ with $quiz.intro }}<p>{{ . }}</p>{{ end }}<form>
            {{- range $quiz.confidence }}<fieldset><legend>{{ .question }}</legend>{{ $id := .id }}{{ range $n, $label := .scale }}<label><input type="radio" name="{{ $id }}" value="{{ $n }}"> {{ $label }}</label>{{ end }}</fieldset>{{ end -}}
            {{- range $quiz.questions }}{{ partial "quiz-question.html" (dict "q" . "page" $.Page) }}{{ end -}}
            <button type="submit">Check your answers</button></form></section>
            """);
        Layout(root, "partials/quiz-question.html", """
            {{- $q := .q -}}{{- $page := .page -}}
            <fieldset id="{{ $q.id }}"><legend>{{ $q.question | default "" }}</legend>
            {{- if eq $q.kind "scenario" -}}
              <p>{{ $q.scenario }}</p>{{ range $q.questions }}{{ partial "quiz-question.html" (dict "q" . "page" $page) }}{{ end }}
            {{- else if eq $q.kind "true-false" -}}
              <label><input type="radio" name="{{ $q.id }}" value="true"> True</label><label><input type="radio" name="{{ $q.id }}" value="false"> False</label>
            {{- else -}}
              {{- $type := cond (eq $q.kind "multiple") "checkbox" "radio" -}}
              {{- range $q.options }}<label><input type="{{ $type }}" name="{{ $q.id }}" value="{{ .id }}"> {{ .text }}</label>{{ with .feedback }}<p hidden>{{ . }}</p>{{ end }}{{ end -}}
            {{- end -}}
            {{- with $q.explanation }}<details><summary>Why</summary><p>{{ . }}</p>{{ with $q.learn_more }}<a href="{{ partial "href.html" (dict "page" $page "dest" .) | safeURL }}">Learn more</a>{{ end }}</details>{{ end -}}
            </fieldset>
            """);
    }

    private static void Layout(string root, string name, string text)
    {
        var path = Path.Combine(root, "layouts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
    }
}
