using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>
/// A learning record store (LRS) the training modules send xAPI statements to. Without one (the
/// default) nothing is ever sent: the site makes no request to another host.
/// </summary>
public sealed class LearningRecordStore : YamlMapped
{
    /// <summary>The LRS's xAPI endpoint, such as <c>https://lrs.example.org/xapi/</c> (statements go to <c>statements</c> under it).</summary>
    public string Endpoint { get; init; } = "";

    /// <summary>
    /// How pages get credentials: <c>launch</c>, a cmi5-style launch where the LMS passes
    /// <c>endpoint</c>, <c>fetch</c>, <c>actor</c>, <c>registration</c> and <c>activityId</c> in
    /// the address (statements are sent only for such a launch); or <c>none</c>, an LRS that takes
    /// statements without credentials, with an anonymous learner.
    /// </summary>
    public string Credentials { get; init; } = LaunchCredentials;

    /// <summary>Credentials from a cmi5-style launch.</summary>
    public const string LaunchCredentials = "launch";

    /// <summary>No credentials.</summary>
    public const string NoCredentials = "none";

    /// <summary>The endpoint's origin (scheme, host, port), which the pages' Content-Security-Policy lets them send to.</summary>
    public string Origin => new Uri(Endpoint).GetLeftPart(UriPartial.Authority);
}
