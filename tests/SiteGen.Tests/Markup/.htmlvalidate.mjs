// html-validate's recommended rules, which every page of the built site must pass
// (tests/SiteGen.Tests/Markup/HtmlValidateTests.cs). Two rules are changed, each for a reason.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // A page's <title> is "page – site" (as GOV.UK writes it): someone with many tabs open, or a
    // screen reader user moving between windows, needs both the page and whose site it is. Page
    // titles themselves are short (the content check keeps them so); the site's name makes the
    // whole longer than the 70 characters a search engine shows, which is not what this is for.
    "long-title": "off",
    // A question that takes several answers is one group of checkboxes sharing a name, as radios
    // share theirs. The quiz is marked in the page by its script and never submitted, so there is
    // no server that would need "name[]".
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
  },
};
