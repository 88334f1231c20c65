using System.Text;

namespace SiteGen.Yaml;

/// <summary>Key naming: C# <c>ReviewDue</c> is written <c>review_due</c> in YAML.</summary>
internal static class YamlNames
{
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
