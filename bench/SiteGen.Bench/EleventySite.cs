using System.Text.Json;

namespace SiteGen.Bench;

/// <summary>
/// Eleventy's side of a corpus: a configuration and Nunjucks layouts doing the same work as the
/// Hugo layouts (navigation from the folders, breadcrumbs, the section's pages, previous and next),
/// with markdown-it amended to give headings their GitHub-style ids, turn links to Markdown files
/// into page addresses (a broken one fails the build), and render a quiz's YAML as a form.
/// </summary>
internal static class EleventySite
{
    /// <summary>Writes eleventy.config.cjs and the layouts into a site folder that has its content/ already.</summary>
    public static void Write(string root)
    {
        var jsYaml = JsonSerializer.Serialize(Path.Combine(Repository.Peers, "node_modules", "js-yaml"));
        File.WriteAllText(Path.Combine(root, "eleventy.config.cjs"), Config.Replace("JS_YAML", jsYaml, StringComparison.Ordinal));
        Include(root, "page.njk", """
            {%- set n = page.url | nav(collections.all) -%}
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>{{ title }} - Bench</title>
            <meta name="description" content="{{ summary }}"><link rel="canonical" href="https://cse.example.org{{ page.url }}"></head>
            <body><a href="#main">Skip to main content</a>
            <header><a href="/">Bench</a><nav>{% for s in n.top %}<a href="{{ s.url }}">{{ s.title }}</a> {% endfor %}</nav></header>
            <nav aria-label="Breadcrumb">{% for c in n.crumbs %}<a href="{{ c.url }}">{{ c.title }}</a> / {% endfor %}</nav>
            <main id="main"><h1>{{ title }}</h1>{{ content | safe }}
            {% if n.children.length %}<ul>{% for c in n.children %}<li><a href="{{ c.url }}">{{ c.title }}</a> {{ c.summary }}</li>{% endfor %}</ul>
            {% else %}<nav>{% for s in n.siblings %}<a href="{{ s.url }}">{{ s.title }}</a> {% endfor %}</nav>
            {% if n.previous %}<a href="{{ n.previous.url }}">Previous: {{ n.previous.title }}</a>{% endif %}
            {% if n.next %}<a href="{{ n.next.url }}">Next: {{ n.next.title }}</a>{% endif %}{% endif %}</main>
            <aside><h2>Get help</h2><p>Childline 0800 1111</p></aside></body></html>
            """);
    }

    private static void Include(string root, string name, string text)
    {
        var path = Path.Combine(root, "_includes", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n");
    }

    private const string Config = """
        // Written by bench/SiteGen.Bench for one benchmark corpus.
        const fs = require("node:fs");
        const path = require("node:path");
        const yaml = require(JS_YAML);

        const contentRoot = path.join(__dirname, "content");

        module.exports = function (eleventyConfig) {
          eleventyConfig.addGlobalData("layout", "page.njk");
          // The example site's home page and glossary name layouts of SiteGen's theme; here they are the page layout.
          eleventyConfig.addLayoutAlias("home", "page.njk");
          eleventyConfig.addLayoutAlias("glossary", "page.njk");

          // Every Markdown file, so a link to one that does not exist fails the build, as in SiteGen and Hugo.
          const files = new Set();
          (function walk(dir) {
            for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
              const full = path.join(dir, entry.name);
              if (entry.isDirectory()) walk(full);
              else if (entry.name.endsWith(".md")) files.add(path.relative(contentRoot, full).split(path.sep).join("/"));
            }
          })(contentRoot);

          // A link to a Markdown file, relative to the page, as that page's address.
          function href(dest, inputPath) {
            const match = /^([^:#?]+\.md)(#.*)?$/.exec(dest);
            if (!match) return dest;
            const from = path.posix.dirname(path.relative(contentRoot, path.resolve(inputPath)).split(path.sep).join("/"));
            const target = path.posix.normalize(path.posix.join(from, match[1]));
            if (!files.has(target)) throw new Error(`${inputPath}: a link to ${dest}, which is not a page`);
            const address = "/" + target.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, "/");
            return address + (match[2] || "");
          }

          // Navigation from the folders, worked out once per build from every page.
          const cache = new WeakMap();
          function model(all) {
            const byUrl = new Map();
            const children = new Map();
            for (const item of all) {
              const entry = { url: item.url, title: item.data.title, summary: item.data.summary, order: item.data.order ?? 1e9 };
              byUrl.set(item.url, entry);
              if (item.url === "/") continue;
              const parent = item.url.replace(/[^/]+\/$/, "");
              if (!children.has(parent)) children.set(parent, []);
              children.get(parent).push(entry);
            }
            for (const list of children.values()) list.sort((a, b) => a.order - b.order || String(a.title).localeCompare(String(b.title)));
            const top = (children.get("/") || []).filter((s) => children.has(s.url));
            return { byUrl, children, top };
          }
          eleventyConfig.addFilter("nav", function (url, all) {
            let m = cache.get(all);
            if (!m) cache.set(all, (m = model(all)));
            const crumbs = [];
            for (let up = url; up !== "/"; ) {
              up = up.replace(/[^/]+\/$/, "");
              const crumb = m.byUrl.get(up);
              if (crumb) crumbs.unshift(crumb);
            }
            const siblings = url === "/" ? [] : m.children.get(url.replace(/[^/]+\/$/, "")) || [];
            const at = siblings.findIndex((s) => s.url === url);
            return { top: m.top, crumbs, siblings, children: m.children.get(url) || [], previous: siblings[at - 1], next: siblings[at + 1] };
          });

          eleventyConfig.amendLibrary("md", (md) => {
            const escape = md.utils.escapeHtml;

            // GitHub-style heading ids, as SiteGen and Hugo give them.
            md.core.ruler.push("heading_ids", (state) => {
              const used = new Map();
              state.tokens.forEach((token, i) => {
                if (token.type !== "heading_open") return;
                const base = state.tokens[i + 1].content.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");
                const count = used.get(base) || 0;
                used.set(base, count + 1);
                token.attrSet("id", count ? `${base}-${count}` : base);
              });
            });

            const linkOpen = md.renderer.rules.link_open || ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
            md.renderer.rules.link_open = (tokens, i, options, env, self) => {
              tokens[i].attrSet("href", href(tokens[i].attrGet("href"), env.page.inputPath));
              return linkOpen(tokens, i, options, env, self);
            };

            const fence = md.renderer.rules.fence;
            md.renderer.rules.fence = (tokens, i, options, env, self) => {
              if (tokens[i].info.trim() !== "quiz") return fence(tokens, i, options, env, self);
              const quiz = yaml.load(tokens[i].content);
              const question = (q) => {
                let html = `<fieldset id="${escape(q.id)}"><legend>${escape(q.question || "")}</legend>`;
                if (q.kind === "scenario") {
                  html += `<p>${escape(q.scenario)}</p>` + q.questions.map(question).join("");
                } else if (q.kind === "true-false") {
                  html += `<label><input type="radio" name="${escape(q.id)}" value="true"> True</label><label><input type="radio" name="${escape(q.id)}" value="false"> False</label>`;
                } else {
                  const type = q.kind === "multiple" ? "checkbox" : "radio";
                  for (const o of q.options) {
                    html += `<label><input type="${type}" name="${escape(q.id)}" value="${escape(o.id)}"> ${escape(o.text)}</label>`;
                    if (o.feedback) html += `<p hidden>${escape(o.feedback)}</p>`;
                  }
                }
                if (q.explanation) {
                  html += `<details><summary>Why</summary><p>${escape(q.explanation)}</p>`;
                  if (q.learn_more) html += `<a href="${escape(href(q.learn_more, env.page.inputPath))}">Learn more</a>`;
                  html += "</details>";
                }
                return html + "</fieldset>";
              };
              let html = `<section class="quiz" id="quiz-${escape(quiz.id)}"><h2>${escape(quiz.title)}</h2>`;
              if (quiz.intro) html += `<p>${escape(quiz.intro)}</p>`;
              html += "<form>";
              for (const c of quiz.confidence || []) {
                html += `<fieldset><legend>${escape(c.question)}</legend>` + c.scale.map((label, n) => `<label><input type="radio" name="${escape(c.id)}" value="${n}"> ${escape(label)}</label>`).join("") + "</fieldset>";
              }
              return html + quiz.questions.map(question).join("") + '<button type="submit">Check your answers</button></form></section>';
            };
          });

          return {
            dir: { input: "content", includes: "../_includes" },
            templateFormats: ["md"],
            markdownTemplateEngine: false,
          };
        };
        """;
}
