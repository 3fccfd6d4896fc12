import Foundation
import PinterestAPI
import TackImages
import TerminalCanvas
import Testing

/// The rendition fetched is the smallest that covers the cells at hand, whole pictures before crops.
@Suite struct RenditionChoiceTests {
    /// Pinterest's usual sizes of a 4:5 portrait picture.
    let media = PinMedia(mediaType: nil, images: [
        "150x150": ImageDetails(width: 150, height: 150, url: "https://i.example/150x150/a.jpg"),
        "400x300": ImageDetails(width: 400, height: 300, url: "https://i.example/400x300/a.jpg"),
        "600x": ImageDetails(width: 600, height: 750, url: "https://i.example/600x/a.jpg"),
        "1200x": ImageDetails(width: 1200, height: 1500, url: "https://i.example/1200x/a.jpg"),
        "originals": ImageDetails(width: 2000, height: 2500, url: "https://i.example/originals/a.jpg"),
    ])

    func label(_ cells: Size, cellPixels: Size = Size(width: 10, height: 20)) -> String? {
        let loader = PictureLoader(transport: FakeTransport(response: HTTPResponse(status: 500)))
        return loader.renditionURL(for: media, fitting: cells, cellPixelSize: cellPixels)?.pathComponents.dropLast().last
    }

    @Test func aPreviewGetsTheSmallestWholePictureThatCoversIt() {
        // 40x20 cells of 10x20 pixels: a 400x400 box; the 4:5 picture fills 320x400 of it.
        #expect(label(Size(width: 40, height: 20)) == "600x")
        // Not the 2000-pixel original for a preview, even a large one.
        #expect(label(Size(width: 100, height: 50)) == "1200x")
        #expect(label(Size(width: 150, height: 70)) == "1200x", "1500 pixels tall covers 1400")
        #expect(label(Size(width: 170, height: 80)) == "originals")
        // Larger than every rendition: the largest.
        #expect(label(Size(width: 400, height: 200)) == "originals")
    }

    @Test func cropsAreNotChosenWhileAWholePictureIsThereUnlessAllowed() {
        // A 12x6 thumbnail (120x120 px) is covered by 150x150 and 400x300, crops of another shape.
        #expect(label(Size(width: 12, height: 6)) == "600x")
        let loader = PictureLoader(transport: FakeTransport(response: HTTPResponse(status: 500)))
        let thumbnail = loader.renditionURL(for: media, fitting: Size(width: 12, height: 6), allowingCrops: true)
        #expect(thumbnail?.pathComponents.dropLast().last == "150x150")
    }

    @Test func aWidthOnlyRenditionCountsAsWholeAndTallEnoughByItsAspect() {
        let renditions: [RenditionChoice.Rendition] = [
            ("150x150", 150, 150, "https://i.example/150x150/a.jpg"),
            ("236x", 236, nil, "https://i.example/236x/a.jpg"),
            ("736x", 736, nil, "https://i.example/736x/a.jpg"),
            ("originals", 1000, 1500, "https://i.example/originals/a.jpg"),
        ]
        // 300 px tall: 236 wide at 2:3 is 354 tall, enough.
        #expect(RenditionChoice.choose(from: renditions, coveringPixels: (400, 300))?.label == "236x")
        #expect(RenditionChoice.choose(from: renditions, coveringPixels: (500, 500))?.label == "736x")
    }

    @Test func onlyCropsOrNothing() {
        let crops: [RenditionChoice.Rendition] = [("150x150", 150, 150, "https://i.example/150x150/a.jpg")]
        #expect(RenditionChoice.choose(from: crops, coveringPixels: (400, 400))?.label == "150x150")
        #expect(RenditionChoice.choose(from: [("600x", 600, 750, nil)], coveringPixels: (40, 40)) == nil)
        #expect(PinMedia(mediaType: nil).imageSizes.isEmpty)
    }
}
