using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The screens the sticky "Exit this page" is checked on, passed to tests by name so that each
/// test's name says which: a phone held in portrait, and a laptop.
/// </summary>
public static class Screens
{
    public const string Phone = "phone";
    public const string Desktop = "desktop";

    public static TheoryData<string> Both => new() { Phone, Desktop };

    /// <summary>A phone (an iPhone 12 to 15's size, touch only, no keyboard to speak of) or a laptop screen.</summary>
    public static BrowserNewContextOptions Options(string screen) => screen switch
    {
        Phone => new() { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 3 },
        Desktop => new() { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } },
        _ => throw new ArgumentOutOfRangeException(nameof(screen), screen, "Not a screen these tests know."),
    };
}
