import CCairo

/// The version of the cairo library drawing the pictures, for the docs and diagnostics.
package let cairoVersion = String(cString: cairo_version_string())
