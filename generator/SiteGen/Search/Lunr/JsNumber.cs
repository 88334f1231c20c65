using System.Globalization;

namespace SiteGen.Search.Lunr;

/// <summary>
/// The JavaScript number behaviour that a lunr index depends on, reproduced bit for bit:
/// <c>Math.log</c> as V8 computes it, <c>Math.round</c>, and the text <c>JSON.stringify</c> writes.
/// </summary>
internal static class JsNumber
{
    /// <summary>
    /// JavaScript's <c>Math.round</c>: the nearest integer, halves rounded towards +∞.
    /// (JavaScript returns −0 where this returns 0; both are written as <c>0</c>.)
    /// </summary>
    public static double Round(double value)
    {
        if (!double.IsFinite(value))
        {
            return value;
        }

        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>
    /// The natural logarithm exactly as V8's <c>Math.log</c> computes it: V8 uses fdlibm's
    /// <c>__ieee754_log</c> (Sun Microsystems, 1993: "Permission to use, copy, modify, and
    /// distribute this software is freely granted, provided that this notice is preserved"),
    /// which this follows step for step. The platform's <c>Math.Log</c> may differ in the last
    /// bit on some inputs and platforms, which could move a score across a rounding boundary.
    /// </summary>
    public static double Log(double x)
    {
        const double ln2Hi = 6.93147180369123816490e-01; // 0x3FE62E42 FEE00000
        const double ln2Lo = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
        const double two54 = 1.80143985094819840000e+16; // 0x43500000 00000000
        const double lg1 = 6.666666666666735130e-01; // 0x3FE55555 55555593
        const double lg2 = 3.999999999940941908e-01; // 0x3FD99999 9997FA04
        const double lg3 = 2.857142874366239149e-01; // 0x3FD24924 94229359
        const double lg4 = 2.222219843214978396e-01; // 0x3FCC71C5 1D8E78AF
        const double lg5 = 1.818357216161805012e-01; // 0x3FC74664 96CB03DE
        const double lg6 = 1.531383769920937332e-01; // 0x3FC39A09 D078C69F
        const double lg7 = 1.479819860511658591e-01; // 0x3FC2F112 DF3E5244

        var hx = HighWord(x);
        var lx = LowWord(x);
        var k = 0;
        if (hx < 0x00100000)
        {
            // x < 2^-1022: zero, negative or subnormal.
            if (((uint)(hx & 0x7FFFFFFF) | lx) == 0)
            {
                return double.NegativeInfinity;
            }

            if (hx < 0)
            {
                return double.NaN;
            }

            k -= 54;
            x *= two54;
            hx = HighWord(x);
        }

        if (hx >= 0x7FF00000)
        {
            return x + x;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000FFFFF;
        var i = (hx + 0x95F64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3FF00000)); // normalise x or x/2
        k += i >> 20;
        var f = x - 1.0;
        double dk;
        double r;
        if ((0x000FFFFF & (2 + hx)) < 3)
        {
            // -2^-20 <= f < 2^-20
            if (f == 0.0)
            {
                if (k == 0)
                {
                    return 0.0;
                }

                dk = k;
                return (dk * ln2Hi) + (dk * ln2Lo);
            }

            r = f * f * (0.5 - (0.33333333333333333 * f));
            if (k == 0)
            {
                return f - r;
            }

            dk = k;
            return (dk * ln2Hi) - ((r - (dk * ln2Lo)) - f);
        }

        var s = f / (2.0 + f);
        dk = k;
        var z = s * s;
        i = hx - 0x6147A;
        var w = z * z;
        var j = 0x6B851 - hx;
        var t1 = w * (lg2 + (w * (lg4 + (w * lg6))));
        var t2 = z * (lg1 + (w * (lg3 + (w * (lg5 + (w * lg7))))));
        i |= j;
        r = t2 + t1;
        if (i > 0)
        {
            var hfsq = 0.5 * f * f;
            return k == 0
                ? f - (hfsq - (s * (hfsq + r)))
                : (dk * ln2Hi) - ((hfsq - ((s * (hfsq + r)) + (dk * ln2Lo))) - f);
        }

        return k == 0
            ? f - (s * (f - r))
            : (dk * ln2Hi) - (((s * (f - r)) - (dk * ln2Lo)) - f);
    }

    /// <summary>
    /// Formats a number as JavaScript's <c>Number.prototype.toString()</c> and so
    /// <c>JSON.stringify</c> do: the shortest digits that round-trip, no trailing <c>.0</c>,
    /// exponent form only below 1e-6 or from 1e21. Non-finite values give <c>null</c>, as
    /// <c>JSON.stringify</c> writes them.
    /// </summary>
    public static string ToJson(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0";
        }

        // .NET's "R" format gives the shortest round-tripping digits, as ECMAScript requires;
        // only the layout differs, so take the digits and exponent apart and lay them out anew.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text[0] == '-';
        var body = negative ? text[1..] : text;
        var exponent = 0;
        var e = body.AsSpan().IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }

        var point = body.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? body : string.Concat(body.AsSpan(0, point), body.AsSpan(point + 1));
        var n = (point < 0 ? body.Length : point) + exponent; // value = 0.digits × 10^n
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..].TrimEnd('0');
        n -= leading;
        var k = digits.Length;

        string result;
        if (k <= n && n <= 21)
        {
            result = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result = string.Concat(digits.AsSpan(0, n), ".", digits.AsSpan(n));
        }
        else if (-6 < n && n <= 0)
        {
            result = "0." + new string('0', -n) + digits;
        }
        else
        {
            var power = n - 1;
            var sign = power < 0 ? "-" : "+";
            var mantissa = k == 1 ? digits : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1));
            result = mantissa + "e" + sign + Math.Abs(power).ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + result : result;
    }

    private static int HighWord(double value) => (int)(BitConverter.DoubleToInt64Bits(value) >> 32);

    private static uint LowWord(double value) => (uint)BitConverter.DoubleToInt64Bits(value);

    private static double WithHighWord(double value, int high)
    {
        var bits = ((long)high << 32) | LowWord(value);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
