<?php
/**
 * HMAC signatures for plugin -> sidecar requests (docs/contracts.md, "Server to server").
 *
 * @package OmniOps
 */

namespace OmniOps\Sidecar;

defined( 'ABSPATH' ) || exit;

/**
 * Builds the X-OmniOps-* headers. Pure functions of their inputs, so the canonical string
 * can be tested against the contract without a network.
 */
final class RequestSigner {

	/**
	 * The string that is signed: method, request target, timestamp, nonce and the body's
	 * SHA-256, joined by "\n" with no trailing newline.
	 *
	 * @param string $method         HTTP method (any case; upper-cased here).
	 * @param string $request_target Path plus query string exactly as sent, e.g. /api/site/status.
	 * @param int    $timestamp      Unix time in seconds.
	 * @param string $nonce          The X-OmniOps-Nonce value.
	 * @param string $body           Raw body bytes ('' when there is none).
	 */
	public static function canonical_string( string $method, string $request_target, int $timestamp, string $nonce, string $body ): string {
		return implode(
			"\n",
			array( strtoupper( $method ), $request_target, (string) $timestamp, $nonce, hash( 'sha256', $body ) )
		);
	}

	/**
	 * Lowercase hex HMAC-SHA256 of the canonical string with the site secret.
	 *
	 * @param string $secret         Site secret (sk_…).
	 * @param string $method         HTTP method.
	 * @param string $request_target Path plus query string.
	 * @param int    $timestamp      Unix time in seconds.
	 * @param string $nonce          Nonce.
	 * @param string $body           Raw body.
	 */
	public static function signature( string $secret, string $method, string $request_target, int $timestamp, string $nonce, string $body ): string {
		return hash_hmac( 'sha256', self::canonical_string( $method, $request_target, $timestamp, $nonce, $body ), $secret );
	}

	/**
	 * A fresh nonce: 32 hex characters, inside the contract's 16–64 [A-Za-z0-9_-].
	 */
	public static function new_nonce(): string {
		return bin2hex( random_bytes( 16 ) );
	}

	/**
	 * The four signature headers for one request.
	 *
	 * @param string      $site_key       Public key (pk_…).
	 * @param string      $secret         Site secret.
	 * @param string      $method         HTTP method.
	 * @param string      $request_target Path plus query string.
	 * @param string      $body           Raw body.
	 * @param int|null    $timestamp      Defaults to now.
	 * @param string|null $nonce          Defaults to a fresh one.
	 * @return array<string, string>
	 */
	public static function headers( string $site_key, string $secret, string $method, string $request_target, string $body, ?int $timestamp = null, ?string $nonce = null ): array {
		$timestamp = null === $timestamp ? time() : $timestamp;
		$nonce     = null === $nonce ? self::new_nonce() : $nonce;
		return array(
			'X-OmniOps-Key'       => $site_key,
			'X-OmniOps-Timestamp' => (string) $timestamp,
			'X-OmniOps-Nonce'     => $nonce,
			'X-OmniOps-Signature' => self::signature( $secret, $method, $request_target, $timestamp, $nonce, $body ),
		);
	}
}
