using System.IO.Compression;
using System.Numerics;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// Read-only weights of the averaged perceptron: an open-addressing table from hashed feature to a row of
/// <see cref="NerLabels.Count"/> weights. Safe to share between threads.
/// </summary>
internal sealed class PerceptronModel
{
    const int Magic = 0x5052454E; // "NERP"
    const int FormatVersion = 1;
    const int L = NerLabels.Count;

    readonly uint[] _keys;   // 0 marks an empty slot; key 0 itself is remapped to 1
    readonly int[] _rows;
    readonly float[] _weights;
    readonly int _mask;

    public int FeatureCount { get; }

    public PerceptronModel(IReadOnlyDictionary<uint, float[]> weights)
    {
        FeatureCount = weights.Count;
        var capacity = 1;
        while (capacity < weights.Count * 2) capacity <<= 1;
        _keys = new uint[capacity];
        _rows = new int[capacity];
        _weights = new float[weights.Count * L];
        _mask = capacity - 1;
        var row = 0;
        foreach (var (key, w) in weights)
        {
            var slot = (int)(Slot(key) & _mask);
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = NonZero(key);
            _rows[slot] = row;
            w.AsSpan(0, L).CopyTo(_weights.AsSpan(row * L, L));
            row++;
        }
    }

    static uint NonZero(uint key) => key == 0 ? 1 : key;

    static uint Slot(uint key) => NonZero(key) * 0x9E3779B1u >> 7;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores[..L].Clear();
        foreach (var f in features)
        {
            var key = NonZero(f);
            var slot = (int)(Slot(key) & _mask);
            while (true)
            {
                var k = _keys[slot];
                if (k == key)
                {
                    Add(_weights.AsSpan(_rows[slot] * L, L), scores);
                    break;
                }
                if (k == 0) break;
                slot = (slot + 1) & _mask;
            }
        }
    }

    static void Add(ReadOnlySpan<float> w, Span<float> scores)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated)
            for (; j + Vector<float>.Count <= L; j += Vector<float>.Count)
                (new Vector<float>(scores[j..]) + new Vector<float>(w[j..])).CopyTo(scores[j..]);
        for (; j < L; j++) scores[j] += w[j];
    }

    /// <summary>
    /// Writes the weights gzip-compressed, quantised to 16 bits; labels whose weight is below
    /// <paramref name="minWeight"/> are left out, and features with no label left are dropped.
    /// </summary>
    public static (int Features, int Weights) Save(IReadOnlyDictionary<uint, float[]> weights, Stream output, float minWeight)
    {
        var max = weights.Values.SelectMany(w => w.Take(L)).Select(Math.Abs).DefaultIfEmpty(1f).Max();
        var scale = max / short.MaxValue;
        var kept = weights.Where(kv => kv.Value.Take(L).Any(w => Math.Abs(w) >= minWeight))
            .OrderBy(kv => kv.Key).ToList();
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(L);
        writer.Write(kept.Count);
        writer.Write(scale);
        var count = 0;
        uint previous = 0;
        foreach (var (key, w) in kept)
        {
            // Sorted keys as deltas compress better than raw hashes.
            writer.Write7BitEncodedInt64(key - previous);
            previous = key;
            var mask = 0;
            for (var j = 0; j < L; j++)
                if (Math.Abs(w[j]) >= minWeight) mask |= 1 << j;
            writer.Write7BitEncodedInt(mask);
            for (var j = 0; j < L; j++)
                if ((mask & (1 << j)) != 0)
                {
                    writer.Write((short)Math.Clamp(MathF.Round(w[j] / scale), short.MinValue, short.MaxValue));
                    count++;
                }
        }
        return (kept.Count, count);
    }

    public static PerceptronModel Load(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadInt32() != L)
            throw new InvalidDataException("Not an NER model of this version.");
        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var weights = new Dictionary<uint, float[]>(count);
        uint key = 0;
        for (var i = 0; i < count; i++)
        {
            key += (uint)reader.Read7BitEncodedInt64();
            var mask = reader.Read7BitEncodedInt();
            var w = new float[L];
            for (var j = 0; j < L; j++)
                if ((mask & (1 << j)) != 0) w[j] = reader.ReadInt16() * scale;
            weights[key] = w;
        }
        return new PerceptronModel(weights);
    }
}
