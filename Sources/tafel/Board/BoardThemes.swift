// The themes of themes/*.json, built into the binary. Generated: do not edit
// by hand. After changing a theme file, run
//   TAFEL_RECORD=1 swift test --filter BoardThemeFiles
// which rewrites this file; the same test fails while the copies differ.
// The theme files are kept as written, so swift format leaves this file alone.
// swift-format-ignore-file

enum BoardThemes {
  static let files: [String: String] = [
    "default": #"""
{
  "name": "default",
  "roles": {
    "border": {
      "attributes": [],
      "bg": "default",
      "fg": "blue",
      "mono": [
        "dim"
      ]
    },
    "dim": {
      "attributes": [
        "dim"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "dim"
      ]
    },
    "error": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "red",
      "mono": [
        "bold",
        "underline"
      ]
    },
    "focusBorder": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "yellow",
      "mono": [
        "bold"
      ]
    },
    "focusTitle": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "yellow",
      "mono": [
        "bold",
        "underline"
      ]
    },
    "footer": {
      "attributes": [],
      "bg": "white",
      "fg": "black",
      "mono": [
        "reverse"
      ]
    },
    "footerKey": {
      "attributes": [
        "bold"
      ],
      "bg": "white",
      "fg": "blue",
      "mono": [
        "reverse",
        "bold"
      ]
    },
    "header": {
      "attributes": [
        "bold"
      ],
      "bg": "blue",
      "fg": "white",
      "mono": [
        "reverse"
      ]
    },
    "headerPrivate": {
      "attributes": [
        "bold"
      ],
      "bg": "yellow",
      "fg": "black",
      "mono": [
        "reverse",
        "bold"
      ]
    },
    "inProgress": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "green",
      "mono": [
        "bold"
      ]
    },
    "input": {
      "attributes": [
        "underline"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "underline"
      ]
    },
    "marker": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "magenta",
      "mono": [
        "bold"
      ]
    },
    "normal": {
      "attributes": [],
      "bg": "default",
      "fg": "default",
      "mono": []
    },
    "overlay": {
      "attributes": [],
      "bg": "black",
      "fg": "white",
      "mono": []
    },
    "overlayTitle": {
      "attributes": [
        "bold"
      ],
      "bg": "black",
      "fg": "yellow",
      "mono": [
        "bold"
      ]
    },
    "selected": {
      "attributes": [],
      "bg": "cyan",
      "fg": "black",
      "mono": [
        "reverse"
      ]
    },
    "selectedInactive": {
      "attributes": [
        "underline"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "underline"
      ]
    },
    "success": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "green",
      "mono": [
        "bold"
      ]
    },
    "superseded": {
      "attributes": [
        "dim"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "dim"
      ]
    },
    "title": {
      "attributes": [],
      "bg": "default",
      "fg": "cyan",
      "mono": []
    },
    "warning": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "yellow",
      "mono": [
        "bold"
      ]
    }
  }
}
"""#,
    "high-contrast": #"""
{
  "name": "high-contrast",
  "roles": {
    "border": {
      "attributes": [],
      "bg": "black",
      "fg": "white",
      "mono": [
        "dim"
      ]
    },
    "dim": {
      "attributes": [],
      "bg": "black",
      "fg": "white",
      "mono": [
        "dim"
      ]
    },
    "error": {
      "attributes": [
        "bold",
        "underline"
      ],
      "bg": "black",
      "fg": "red",
      "mono": [
        "bold",
        "underline"
      ]
    },
    "focusBorder": {
      "attributes": [
        "bold"
      ],
      "bg": "black",
      "fg": "yellow",
      "mono": [
        "bold"
      ]
    },
    "focusTitle": {
      "attributes": [
        "bold",
        "underline"
      ],
      "bg": "black",
      "fg": "yellow",
      "mono": [
        "bold",
        "underline"
      ]
    },
    "footer": {
      "attributes": [],
      "bg": "white",
      "fg": "black",
      "mono": [
        "reverse"
      ]
    },
    "footerKey": {
      "attributes": [
        "bold",
        "underline"
      ],
      "bg": "white",
      "fg": "black",
      "mono": [
        "reverse",
        "bold"
      ]
    },
    "header": {
      "attributes": [
        "bold"
      ],
      "bg": "white",
      "fg": "black",
      "mono": [
        "reverse"
      ]
    },
    "headerPrivate": {
      "attributes": [
        "bold"
      ],
      "bg": "yellow",
      "fg": "black",
      "mono": [
        "reverse",
        "bold"
      ]
    },
    "inProgress": {
      "attributes": [
        "bold"
      ],
      "bg": "black",
      "fg": "green",
      "mono": [
        "bold"
      ]
    },
    "input": {
      "attributes": [
        "underline",
        "bold"
      ],
      "bg": "black",
      "fg": "white",
      "mono": [
        "underline"
      ]
    },
    "marker": {
      "attributes": [
        "bold"
      ],
      "bg": "black",
      "fg": "cyan",
      "mono": [
        "bold"
      ]
    },
    "normal": {
      "attributes": [],
      "bg": "black",
      "fg": "white",
      "mono": []
    },
    "overlay": {
      "attributes": [],
      "bg": "blue",
      "fg": "white",
      "mono": []
    },
    "overlayTitle": {
      "attributes": [
        "bold"
      ],
      "bg": "blue",
      "fg": "yellow",
      "mono": [
        "bold"
      ]
    },
    "selected": {
      "attributes": [
        "bold"
      ],
      "bg": "yellow",
      "fg": "black",
      "mono": [
        "reverse"
      ]
    },
    "selectedInactive": {
      "attributes": [
        "bold",
        "underline"
      ],
      "bg": "black",
      "fg": "white",
      "mono": [
        "underline"
      ]
    },
    "success": {
      "attributes": [
        "bold"
      ],
      "bg": "black",
      "fg": "green",
      "mono": [
        "bold"
      ]
    },
    "superseded": {
      "attributes": [
        "underline"
      ],
      "bg": "black",
      "fg": "white",
      "mono": [
        "dim"
      ]
    },
    "title": {
      "attributes": [
        "bold"
      ],
      "bg": "black",
      "fg": "white",
      "mono": []
    },
    "warning": {
      "attributes": [
        "bold"
      ],
      "bg": "black",
      "fg": "yellow",
      "mono": [
        "bold"
      ]
    }
  }
}
"""#,
    "light": #"""
{
  "name": "light",
  "roles": {
    "border": {
      "attributes": [],
      "bg": "default",
      "fg": "blue",
      "mono": [
        "dim"
      ]
    },
    "dim": {
      "attributes": [
        "dim"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "dim"
      ]
    },
    "error": {
      "attributes": [
        "bold",
        "underline"
      ],
      "bg": "default",
      "fg": "red",
      "mono": [
        "bold",
        "underline"
      ]
    },
    "focusBorder": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "magenta",
      "mono": [
        "bold"
      ]
    },
    "focusTitle": {
      "attributes": [
        "bold",
        "underline"
      ],
      "bg": "default",
      "fg": "magenta",
      "mono": [
        "bold",
        "underline"
      ]
    },
    "footer": {
      "attributes": [],
      "bg": "cyan",
      "fg": "black",
      "mono": [
        "reverse"
      ]
    },
    "footerKey": {
      "attributes": [
        "bold"
      ],
      "bg": "cyan",
      "fg": "blue",
      "mono": [
        "reverse",
        "bold"
      ]
    },
    "header": {
      "attributes": [
        "bold"
      ],
      "bg": "blue",
      "fg": "white",
      "mono": [
        "reverse"
      ]
    },
    "headerPrivate": {
      "attributes": [
        "bold"
      ],
      "bg": "yellow",
      "fg": "black",
      "mono": [
        "reverse",
        "bold"
      ]
    },
    "inProgress": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "green",
      "mono": [
        "bold"
      ]
    },
    "input": {
      "attributes": [
        "underline"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "underline"
      ]
    },
    "marker": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "magenta",
      "mono": [
        "bold"
      ]
    },
    "normal": {
      "attributes": [],
      "bg": "default",
      "fg": "default",
      "mono": []
    },
    "overlay": {
      "attributes": [],
      "bg": "white",
      "fg": "black",
      "mono": []
    },
    "overlayTitle": {
      "attributes": [
        "bold"
      ],
      "bg": "white",
      "fg": "blue",
      "mono": [
        "bold"
      ]
    },
    "selected": {
      "attributes": [],
      "bg": "blue",
      "fg": "white",
      "mono": [
        "reverse"
      ]
    },
    "selectedInactive": {
      "attributes": [
        "underline"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "underline"
      ]
    },
    "success": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "green",
      "mono": [
        "bold"
      ]
    },
    "superseded": {
      "attributes": [
        "dim"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "dim"
      ]
    },
    "title": {
      "attributes": [],
      "bg": "default",
      "fg": "blue",
      "mono": []
    },
    "warning": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "red",
      "mono": [
        "bold"
      ]
    }
  }
}
"""#,
    "monochrome": #"""
{
  "name": "monochrome",
  "roles": {
    "border": {
      "attributes": [
        "dim"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "dim"
      ]
    },
    "dim": {
      "attributes": [
        "dim"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "dim"
      ]
    },
    "error": {
      "attributes": [
        "bold",
        "underline"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "bold",
        "underline"
      ]
    },
    "focusBorder": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "bold"
      ]
    },
    "focusTitle": {
      "attributes": [
        "bold",
        "underline"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "bold",
        "underline"
      ]
    },
    "footer": {
      "attributes": [
        "reverse"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "reverse"
      ]
    },
    "footerKey": {
      "attributes": [
        "reverse",
        "bold"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "reverse",
        "bold"
      ]
    },
    "header": {
      "attributes": [
        "reverse"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "reverse"
      ]
    },
    "headerPrivate": {
      "attributes": [
        "reverse",
        "bold"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "reverse",
        "bold"
      ]
    },
    "inProgress": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "bold"
      ]
    },
    "input": {
      "attributes": [
        "underline"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "underline"
      ]
    },
    "marker": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "bold"
      ]
    },
    "normal": {
      "attributes": [],
      "bg": "default",
      "fg": "default",
      "mono": []
    },
    "overlay": {
      "attributes": [],
      "bg": "default",
      "fg": "default",
      "mono": []
    },
    "overlayTitle": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "bold"
      ]
    },
    "selected": {
      "attributes": [
        "reverse"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "reverse"
      ]
    },
    "selectedInactive": {
      "attributes": [
        "underline"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "underline"
      ]
    },
    "success": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "bold"
      ]
    },
    "superseded": {
      "attributes": [
        "dim"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "dim"
      ]
    },
    "title": {
      "attributes": [],
      "bg": "default",
      "fg": "default",
      "mono": []
    },
    "warning": {
      "attributes": [
        "bold"
      ],
      "bg": "default",
      "fg": "default",
      "mono": [
        "bold"
      ]
    }
  }
}
"""#,
  ]
}
