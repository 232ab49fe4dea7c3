// Network failures in words (src/sources/net-errors.ts). The fault suites reach these through real sockets,
// but only for the faults a loopback server can stage; every code Node can report is pinned here: which
// error code it becomes, whether a retry can help, and that the message names the host and the cause.
import { describe, expect, it } from '@jest/globals'
import { describeNetworkError, shownUrl } from '../src/sources/net-errors.js'
import { ProxyFailure } from '../src/sources/http-get.js'

const coded = (code: string, message = `failed ${code}`, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { code, ...extra })

describe('describeNetworkError', () => {
  it.each([
    ['ECONNREFUSED', 'connection refused by h:1 (nothing listens there)'],
    ['ECONNRESET', 'connection reset by h:1'],
    ['EPIPE', 'connection reset by h:1'],
    ['ETIMEDOUT', 'h:1 cannot be reached (ETIMEDOUT)'],
    ['ENETUNREACH', 'h:1 cannot be reached (ENETUNREACH)'],
    ['EHOSTUNREACH', 'h:1 cannot be reached (EHOSTUNREACH)'],
    ['ENOTFOUND', 'host name of h:1 does not resolve (DNS ENOTFOUND)'],
    ['EAI_AGAIN', 'host name of h:1 does not resolve (DNS EAI_AGAIN)']
  ])('%s is a NETWORK failure worth retrying: %s', (code, message) => {
    expect(describeNetworkError(coded(code), 'h:1')).toEqual({ code: 'NETWORK', message, retry: true })
  })

  it('a code on the cause counts when the error has none (fetch-style wrapping)', () => {
    const e = Object.assign(new Error('fetch failed'), { cause: coded('ECONNREFUSED') })
    expect(describeNetworkError(e, 'h:1').message).toBe('connection refused by h:1 (nothing listens there)')
    // The error's own code wins over its cause's.
    const both = Object.assign(coded('ECONNRESET'), { cause: coded('ECONNREFUSED') })
    expect(describeNetworkError(both, 'h:1').message).toBe('connection reset by h:1')
  })

  it('an HTTP parser error is a BAD_RESPONSE, not retried, with the reason and the code', () => {
    expect(
      describeNetworkError(coded('HPE_INVALID_CONSTANT', 'Parse Error', { reason: 'Expected HTTP/' }), 'h:1')
    ).toEqual({
      code: 'BAD_RESPONSE',
      message: 'h:1 did not answer with valid HTTP (Expected HTTP/; HPE_INVALID_CONSTANT)',
      retry: false
    })
    expect(describeNetworkError(coded('HPE_X', 'Parse Error'), 'h:1').message).toBe(
      'h:1 did not answer with valid HTTP (Parse Error; HPE_X)'
    )
    const bare = { code: 'HPE_X' }
    expect(describeNetworkError(bare, 'h:1').message).toBe(
      'h:1 did not answer with valid HTTP (parse error; HPE_X)'
    )
    // Only a prefix: a code that merely contains HPE_ is something else.
    expect(describeNetworkError(coded('XHPE_X'), 'h:1').code).toBe('NETWORK')
  })

  it.each([
    'CERT_HAS_EXPIRED',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'HOSTNAME_MISMATCH',
    'ERR_OSSL_EVP_UNSUPPORTED'
  ])('%s is a TLS failure, not retried', code => {
    expect(describeNetworkError(coded(code, 'bad cert'), 'h:1')).toEqual({
      code: 'TLS',
      message: `TLS failure with h:1: bad cert (${code})`,
      retry: false
    })
  })

  it('TLS codes match only at the start', () => {
    expect(describeNetworkError(coded('X_CERT_HAS_EXPIRED'), 'h:1').code).toBe('NETWORK')
    expect(describeNetworkError(coded('MY_ERR_TLS_X'), 'h:1').code).toBe('NETWORK')
  })

  it('EPROTO is TLS only when its message says SSL or TLS', () => {
    expect(describeNetworkError(coded('EPROTO', 'SSL routines: wrong version'), 'h:1').code).toBe('TLS')
    expect(describeNetworkError(coded('EPROTO', 'tls alert'), 'h:1').code).toBe('TLS')
    expect(describeNetworkError(coded('EPROTO', 'protocol error'), 'h:1')).toEqual({
      code: 'NETWORK',
      message: 'request to h:1 failed: protocol error',
      retry: true
    })
    expect(describeNetworkError({ code: 'EPROTO' }, 'h:1').code).toBe('NETWORK')
  })

  it('a TLS error without a message shows its code', () => {
    expect(describeNetworkError({ code: 'CERT_REVOKED' }, 'h:1').message).toBe(
      'TLS failure with h:1: CERT_REVOKED (CERT_REVOKED)'
    )
  })

  it('anything else is a NETWORK failure worth retrying, described by message, else code, else itself', () => {
    expect(describeNetworkError(new Error('socket hang up'), 'h:1')).toEqual({
      code: 'NETWORK',
      message: 'request to h:1 failed: socket hang up',
      retry: true
    })
    expect(describeNetworkError({ code: 'EWHATEVER', message: '' }, 'h:1').message).toBe(
      'request to h:1 failed: EWHATEVER'
    )
    expect(describeNetworkError('boom', 'h:1').message).toBe('request to h:1 failed: boom')
    expect(describeNetworkError(undefined, 'h:1').message).toBe('request to h:1 failed: undefined')
    expect(describeNetworkError(null, 'h:1').message).toBe('request to h:1 failed: null')
  })

  describe('through a proxy', () => {
    it('a failure reaching the proxy is described for the proxy, with the proxy variables to check', () => {
      const e = new ProxyFailure('px:3128', 'connect ECONNREFUSED', coded('ECONNREFUSED'))
      expect(describeNetworkError(e, 'h:1')).toEqual({
        code: 'NETWORK',
        message:
          'connection refused by proxy px:3128 (nothing listens there) (check HTTPS_PROXY / HTTP_PROXY / NO_PROXY)',
        retry: true
      })
    })

    it("the inner failure's retry decides: a TLS failure to the proxy is not retried", () => {
      const e = new ProxyFailure('px:3128', 'tls', coded('CERT_HAS_EXPIRED', 'expired'))
      expect(describeNetworkError(e, 'h:1')).toMatchObject({ code: 'NETWORK', retry: false })
    })

    it('a refused tunnel: retried on 5xx or no status, not on 4xx (a 407 repeats identically)', () => {
      const refused = (status?: number) => new ProxyFailure('px:3128', `refused ${status}`, undefined, status)
      expect(describeNetworkError(refused(407), 'h:1')).toEqual({
        code: 'NETWORK',
        message: 'refused 407',
        retry: false
      })
      expect(describeNetworkError(refused(499), 'h:1').retry).toBe(false)
      expect(describeNetworkError(refused(500), 'h:1').retry).toBe(true)
      expect(describeNetworkError(refused(502), 'h:1').retry).toBe(true)
      expect(describeNetworkError(refused(undefined), 'h:1').retry).toBe(true)
    })
  })
})

describe('shownUrl', () => {
  it('drops credentials, the query (marked …) and the fragment', () => {
    expect(shownUrl(new URL('https://user:pw@host.example/a/b?X-Amz-Signature=s#frag'))).toBe(
      'https://host.example/a/b?…'
    )
    expect(shownUrl(new URL('https://host.example/a#frag'))).toBe('https://host.example/a')
    expect(shownUrl(new URL('https://host.example/a?'))).toBe('https://host.example/a')
  })

  it('does not change the URL it is given', () => {
    const u = new URL('https://user:pw@host.example/a?q=1')
    shownUrl(u)
    expect(u.href).toBe('https://user:pw@host.example/a?q=1')
  })
})
