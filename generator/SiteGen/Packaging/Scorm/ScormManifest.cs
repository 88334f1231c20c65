using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SiteGen.Packaging.Scorm;

/// <summary>
/// The <c>imsmanifest.xml</c> of a SCORM 1.2 package (IMS Content Packaging 1.1.2 with ADL's SCORM
/// 1.2 extensions): one organization, one item, one SCO whose resource lists every file.
/// </summary>
public static class ScormManifest
{
    /// <summary>IMS Content Packaging 1.1.2, the namespace SCORM 1.2 manifests use.</summary>
    public static readonly XNamespace ContentPackaging = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";

    /// <summary>ADL's SCORM 1.2 extensions (<c>adlcp:scormtype</c>, <c>adlcp:masteryscore</c>).</summary>
    public static readonly XNamespace Adlcp = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The manifest's text.</summary>
    /// <param name="identifier">The package's identifier (an XML name).</param>
    /// <param name="version">The module's version, so an LMS can tell one upload from the next.</param>
    /// <param name="title">The module's title, as the LMS lists it.</param>
    /// <param name="launch">The page the LMS opens first, from the package root.</param>
    /// <param name="masteryScore">The pass mark (a percentage, as the pages report the score).</param>
    /// <param name="files">Every file in the package but the manifest.</param>
    public static string Write(string identifier, string version, string title, string launch, int masteryScore, IEnumerable<string> files)
    {
        var cp = ContentPackaging;
        var manifest = new XElement(cp + "manifest",
            new XAttribute("identifier", identifier),
            new XAttribute("version", version),
            new XAttribute(XNamespace.Xmlns + "adlcp", Adlcp),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation",
                "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"),
            new XElement(cp + "metadata",
                new XElement(cp + "schema", "ADL SCORM"),
                new XElement(cp + "schemaversion", "1.2")),
            new XElement(cp + "organizations", new XAttribute("default", "organization"),
                new XElement(cp + "organization", new XAttribute("identifier", "organization"),
                    new XElement(cp + "title", title),
                    new XElement(cp + "item", new XAttribute("identifier", "item"), new XAttribute("identifierref", "sco"), new XAttribute("isvisible", "true"),
                        new XElement(cp + "title", title),
                        new XElement(Adlcp + "masteryscore", masteryScore.ToString(CultureInfo.InvariantCulture))))),
            new XElement(cp + "resources",
                new XElement(cp + "resource",
                    new XAttribute("identifier", "sco"), new XAttribute("type", "webcontent"), new XAttribute(Adlcp + "scormtype", "sco"), new XAttribute("href", launch),
                    files.Order(StringComparer.Ordinal).Select(f => new XElement(cp + "file", new XAttribute("href", f))))));

        using var text = new Utf8StringWriter();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), manifest).Save(writer);
        }

        return text + "\n";
    }

    /// <summary>A string writer that says UTF-8 in the XML declaration (a StringWriter says UTF-16).</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
