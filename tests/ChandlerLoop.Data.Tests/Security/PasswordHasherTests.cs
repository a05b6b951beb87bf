using ChandlerLoop.Data.Security;

namespace ChandlerLoop.Data.Tests.Security;

public sealed class PasswordHasherTests
{
    private const int FastIterations = PasswordHasher.MinimumIterations;

    [Fact]
    public void The_right_password_verifies_and_a_wrong_one_does_not()
    {
        var hash = PasswordHasher.Hash("correct horse battery staple", FastIterations);
        Assert.True(PasswordHasher.Verify("correct horse battery staple", hash));
        Assert.False(PasswordHasher.Verify("correct horse battery stapl", hash));
        Assert.DoesNotContain("correct", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_hash_has_its_own_salt()
    {
        var first = PasswordHasher.Hash("same", FastIterations);
        var second = PasswordHasher.Hash("same", FastIterations);
        Assert.NotEqual(first, second);
        Assert.True(PasswordHasher.Verify("same", second));
    }

    [Fact]
    public void The_encoded_hash_names_scheme_and_iterations()
    {
        var parts = PasswordHasher.Hash("pw", FastIterations).Split('$');
        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("100000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$100000$abc")]
    [InlineData("md5$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$100000$not base64!$AAAA")]
    public void A_malformed_or_weak_hash_never_verifies(string encoded)
    {
        Assert.False(PasswordHasher.Verify("pw", encoded));
    }

    [Fact]
    public void Changing_the_iteration_count_in_a_stored_hash_breaks_it()
    {
        var parts = PasswordHasher.Hash("pw", FastIterations).Split('$');
        parts[1] = "100001";
        Assert.False(PasswordHasher.Verify("pw", string.Join('$', parts)));
    }
}
