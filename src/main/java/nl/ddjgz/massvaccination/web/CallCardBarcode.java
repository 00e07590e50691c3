package nl.ddjgz.massvaccination.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Writer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The barcode of a call card (oproepkaart): a Code 128 of the nine BSN digits, printed on the card and read back from
 * a photo of the card when a desk has no scanner (rules.md §7). Never logs what it read.
 */
final class CallCardBarcode {

    /** Code 128 is what we print; the others are read too (a card printed elsewhere, a scanner's test sheet). */
    private static final Map<DecodeHintType, Object> HINTS = hints();

    private CallCardBarcode() {}

    /** A Code 128 barcode of the text as PNG, with a quiet zone, 2 pixels a module, 80 pixels high. */
    static byte[] png(String text) throws IOException {
        BitMatrix matrix =
                new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 80, Map.of(EncodeHintType.MARGIN, 10));
        BitMatrix wide = new BitMatrix(matrix.getWidth() * 2, matrix.getHeight());
        for (int x = 0; x < matrix.getWidth(); x++) {
            if (matrix.get(x, 0)) {
                wide.setRegion(x * 2, 0, 2, matrix.getHeight());
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(wide, "PNG", png);
        return png.toByteArray();
    }

    /**
     * The text of the barcode in a photo (PNG, JPEG, GIF, BMP). The image's size is read from its header first: a photo
     * larger than {@code maxPixels} is refused before a single pixel is decoded (a small file may declare a gigapixel
     * image).
     *
     * @return empty when the file is not an image the JDK can read or holds no readable barcode
     * @throws PhotoTooLargeException when the image declares more than {@code maxPixels} pixels
     */
    static Optional<String> read(InputStream photo, long maxPixels) {
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(photo)) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new PhotoTooLargeException();
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoTooLargeException tooLarge) {
                throw tooLarge;
            }
            return Optional.empty();
        }
        if (image == null) {
            return Optional.empty();
        }
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return Optional.of(new MultiFormatReader().decode(bitmap, HINTS).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The photo declares more pixels than the desk decodes; nothing was decoded. */
    static final class PhotoTooLargeException extends RuntimeException {
        PhotoTooLargeException() {
            super("photo too large");
        }
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(
                DecodeHintType.POSSIBLE_FORMATS,
                List.of(
                        BarcodeFormat.CODE_128,
                        BarcodeFormat.CODE_39,
                        BarcodeFormat.ITF,
                        BarcodeFormat.EAN_13,
                        BarcodeFormat.QR_CODE,
                        BarcodeFormat.DATA_MATRIX));
        return Map.copyOf(hints);
    }
}
